/// Draws places from a ``PlaceMix`` over a set of 행정동 (one 자치구, or the city).
struct PlaceSampler {
    let index: DongIndex
    let dongs: [Int]
    let mix: PlaceMix
    private let choice: Categorical
    /// The weight of each site kind (bars, lodging) when anchoring.
    private let kindWeights: [Double]

    init(index: DongIndex, dongs: [Int], mix: PlaceMix) {
        precondition(!dongs.isEmpty, "a place sampler needs 행정동")
        self.index = index
        self.dongs = dongs
        self.mix = mix
        let entries = dongs.map { index.entries[$0] }
        let components: [(alpha: Double, values: [Double])] = [
            (mix.population, entries.map(\.population)),
            (mix.area, entries.map(\.area)),
            (mix.bars, entries.map { Double($0.sites[0].count) }),
            (mix.lodging, entries.map { Double($0.sites[1].count) }),
        ]
        var weights = [Double](repeating: 0, count: dongs.count)
        var used = 0.0
        for (alpha, values) in components where alpha > 0 {
            let total = values.reduce(0, +)
            guard total > 0 else { continue }
            used += alpha
            for i in weights.indices { weights[i] += alpha * values[i] / total }
        }
        if used == 0 {
            // Nothing the mix asks for exists here: fall back to land area.
            let total = entries.map(\.area).reduce(0, +)
            weights = entries.map { $0.area / total }
        }
        choice = Categorical(weights)
        kindWeights = [mix.bars, mix.lodging]
    }

    /// The probability that a draw falls in `dongs[i]`.
    func probability(_ i: Int) -> Double { choice.probability(i) }

    /// A place: a 행정동 by the mixture weights, then a point near one of its risk sites
    /// (probability `anchored`) or uniform inside it.
    func sample(_ rng: inout SynthRandom) throws -> (x: Double, y: Double, dong: Int) {
        let dong = dongs[choice.sample(&rng)]
        if mix.anchored > 0, rng.uniform() < mix.anchored, let site = anchor(in: dong, &rng) {
            let p = try index.gaussianStep(
                from: site.x, site.y, sigma: mix.anchorSpread, within: [dong], tries: 10, &rng)
            return (p.x, p.y, dong)
        }
        let p = try index.uniformPoint(in: dong, &rng)
        return (p.x, p.y, dong)
    }

    /// A risk site of the 행정동, each weighted by the mix weight of its kind.
    private func anchor(in dong: Int, _ rng: inout SynthRandom) -> RiskSite? {
        let sites = index.entries[dong].sites
        let bars = kindWeights[0] * Double(sites[0].count)
        let lodging = kindWeights[1] * Double(sites[1].count)
        guard bars + lodging > 0 else { return nil }
        let kind = rng.uniform() * (bars + lodging) < bars ? 0 : 1
        return sites[kind][rng.below(sites[kind].count)]
    }
}
