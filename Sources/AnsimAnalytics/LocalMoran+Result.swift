extension LocalMoran {
    /// Local Moran's I per cell, row-major like the input values.
    public struct Result: Sendable, Equatable {
        /// Iᵢ: esda `Moran_Local.Is` (0 where the values are constant).
        public var moranI: [Double]
        /// (Iᵢ − mean of simulated Iᵢ)/sd: esda `z_sim` (0 where every simulated Iᵢ is equal).
        public var zSim: [Double]
        /// Pseudo p-value (M + 1)/(R + 1), M the smaller tail count: esda `p_sim`.
        public var pSim: [Double]
        /// Spatial lag Σⱼ wᵢⱼ zⱼ of the standardised values (row-standardised weights).
        public var lag: [Double]
        /// Moran scatterplot quadrant in PySAL's numbering: 1 HH, 2 LH, 3 LL, 4 HL
        /// (esda `q`; a value at the mean or a zero lag counts as low).
        public var quadrant: [UInt8]
        /// Permutations per cell (R).
        public var permutations: Int
        /// The seed the permutations were drawn from.
        public var seed: UInt64

        public init(
            moranI: [Double], zSim: [Double], pSim: [Double], lag: [Double], quadrant: [UInt8],
            permutations: Int, seed: UInt64
        ) {
            self.moranI = moranI
            self.zSim = zSim
            self.pSim = pSim
            self.lag = lag
            self.quadrant = quadrant
            self.permutations = permutations
            self.seed = seed
        }
    }
}
