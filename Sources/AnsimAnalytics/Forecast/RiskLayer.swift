/// A risk map layer of risk terrain modelling (Caplan & Kennedy 2011, "Risk Terrain
/// Modeling Compendium"; Caplan, Kennedy & Miller 2011, Justice Quarterly 28(2)): a 0/1
/// value per cell for one risk factor, operationalised as
///
/// - proximity: the cell centre lies within `radius` metres of a factor of the category;
/// - density: the quartic kernel density of the category's factors (bandwidth `radius`)
///   at the cell centre is "high", i.e. at least mean + 2 standard deviations over cells.
///
/// `radius` takes the RTMDx-style increments of 1, 2 and 3 cells (the cell standing in
/// for a block length).
public struct RiskLayer: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case proximity, density }

    public var category: String
    public var kind: Kind
    public var radius: Double

    public var label: String { "\(category) \(kind.rawValue) \(Int(radius.rounded()))m" }

    /// The layer's 0/1 values on `grid`.
    func values(factors: RiskFactors, grid: Grid) throws -> [Double] {
        let (px, py) = factors.points(of: category)
        var out = [Double](repeating: 0, count: grid.count)
        switch kind {
        case .proximity:
            let reach = Int((radius / grid.cell).rounded(.up)) + 1
            let r2 = radius * radius
            for i in px.indices {
                let c0 = Int(((px[i] - grid.xmin) / grid.cell).rounded(.down))
                let r0 = Int(((py[i] - grid.ymin) / grid.cell).rounded(.down))
                let (rLo, rHi) = (max(0, r0 - reach), min(grid.rows - 1, r0 + reach))
                let (cLo, cHi) = (max(0, c0 - reach), min(grid.cols - 1, c0 + reach))
                guard rLo <= rHi, cLo <= cHi else { continue }
                for r in rLo...rHi {
                    for c in cLo...cHi {
                        let (cx, cy) = grid.center(row: r, col: c)
                        let dx = cx - px[i]
                        let dy = cy - py[i]
                        if dx * dx + dy * dy <= r2 { out[r * grid.cols + c] = 1 }
                    }
                }
            }
        case .density:
            let d = try KDE.density(xs: px, ys: py, grid: grid, bandwidth: radius, kernel: .quartic)
            let mean = d.reduce(0, +) / Double(d.count)
            let sd = (d.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(d.count)).squareRoot()
            for c in d.indices where d[c] > 0 && d[c] >= mean + 2 * sd { out[c] = 1 }
        }
        return out
    }

    /// Every candidate layer of every category.
    static func candidates(factors: RiskFactors, cell: Double) -> [RiskLayer] {
        factors.categoryNames.flatMap { category in
            [Kind.proximity, .density].flatMap { kind in
                [1.0, 2, 3].map { RiskLayer(category: category, kind: kind, radius: $0 * cell) }
            }
        }
    }
}
