import AnsimAnalytics
import AnsimStore

/// Risk sites (`risk_site`: bars, lodging, convenience stores, …) near a grid, as the
/// risk-terrain factors of a forecast.
enum RiskSites {
    /// The sites of the given categories within `margin` metres of the grid; nil when none.
    static func read(categories: [String], grid: Grid, margin: Double, on connection: Connection) throws
        -> RiskFactors?
    {
        guard !categories.isEmpty else { return nil }
        let list = "{" + categories.map { "\"\($0)\"" }.joined(separator: ",") + "}"
        let box = [
            grid.xmin - margin, grid.ymin - margin, grid.xmin + Double(grid.cols) * grid.cell + margin,
            grid.ymin + Double(grid.rows) * grid.cell + margin,
        ].map { String($0) }
        let rows = try connection.query(
            """
            SELECT ST_X(geom), ST_Y(geom), category FROM risk_site
            WHERE category = ANY($1::text[]) AND geom && ST_MakeEnvelope($2, $3, $4, $5, 5179)
            """, [list] + box, purpose: "read the risk sites")
        var xs: [Double] = []
        var ys: [Double] = []
        var kinds: [String] = []
        for row in rows {
            guard let x = row[0].flatMap(Double.init), let y = row[1].flatMap(Double.init), let k = row[2]
            else { continue }
            xs.append(x)
            ys.append(y)
            kinds.append(k)
        }
        return xs.isEmpty ? nil : try RiskFactors(xs: xs, ys: ys, categories: kinds)
    }
}
