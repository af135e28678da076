import AnsimStore
import Foundation

/// What camera siting reads from the database: risk as demand points, existing cameras,
/// candidate sites (security-light poles and road-graph nodes) in the area.
struct CPTEDSitingData {
    var demand: [(x: Double, y: Double, weight: Double)] = []
    var existing: [(x: Double, y: Double)] = []
    var candidates: [(x: Double, y: Double, kind: String, ref: String)] = []

    /// Risk cells of `run` whose centre is in the area become 4×4 demand points each
    /// (cell/4 apart) sharing the cell's value.
    static func load(area: String, run: Int, cell: Double, radius: Double, on c: Connection) throws -> CPTEDSitingData {
        var data = CPTEDSitingData()
        let a = CPTEDCommand.areaSQL
        for row in try c.query(
            """
            SELECT ST_X(ctr), ST_Y(ctr), value FROM (
              SELECT ST_Centroid(geom) AS ctr, value FROM analytics_cell WHERE run_id = $2 AND value > 0) s
            WHERE ST_Intersects(ctr, \(a))
            """, [area, String(run)], purpose: "read risk cells")
        {
            guard let x = row[0].flatMap(Double.init), let y = row[1].flatMap(Double.init),
                let v = row[2].flatMap(Double.init)
            else { continue }
            let step = cell / 4
            for i in 0..<4 {
                for j in 0..<4 {
                    data.demand.append(
                        (x - cell / 2 + step * (Double(i) + 0.5), y - cell / 2 + step * (Double(j) + 0.5), v / 16))
                }
            }
        }
        for row in try c.query(
            "SELECT ST_X(geom), ST_Y(geom) FROM cctv WHERE ST_DWithin(geom, \(a), $2::float8)",
            [area, String(radius)], purpose: "read existing cameras")
        {
            if let x = row[0].flatMap(Double.init), let y = row[1].flatMap(Double.init) { data.existing.append((x, y)) }
        }
        var seen = Set<String>()
        for row in try c.query(
            """
            SELECT 'light', id::text, ST_X(geom), ST_Y(geom) FROM risk_site
             WHERE category = 'security_light' AND ST_Intersects(geom, \(a))
            UNION ALL
            SELECT 'road_node', id::text, ST_X(geom), ST_Y(geom) FROM road_vertex
             WHERE graph_id = (SELECT max(id) FROM road_graph) AND ST_Intersects(geom, \(a))
            ORDER BY 1, 2
            """, [area], purpose: "read candidate sites")
        {
            guard let x = row[2].flatMap(Double.init), let y = row[3].flatMap(Double.init) else { continue }
            guard seen.insert("\(Int(x.rounded())),\(Int(y.rounded()))").inserted else { continue }
            data.candidates.append((x, y, row[0] ?? "", row[1] ?? ""))
        }
        return data
    }
}
