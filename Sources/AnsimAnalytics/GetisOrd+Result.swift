extension GetisOrd {
    /// Gi* per cell, row-major like the input values.
    public struct Result: Sendable, Equatable {
        /// Standardised Gi*: esda `G_Local(..., star=True).Zs`; 0 where undefined.
        public var z: [Double]
        /// One-sided normal p-value 1 − Φ(|z|): esda `p_norm`; 0.5 where z is undefined.
        public var p: [Double]

        public init(z: [Double], p: [Double]) {
            self.z = z
            self.p = p
        }
    }
}
