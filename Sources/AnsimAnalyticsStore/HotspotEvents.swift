import AnsimAnalytics
import AnsimStore

/// The event points of a hotspot run (EPSG:5179 metres), read from `incident` or
/// `call_112` within the grid (widened by `margin`, the kernel's reach for KDE).
struct HotspotEvents {
    var xs: [Double] = []
    var ys: [Double] = []
    /// Days since 1970-01-01T00:00Z (with `withTimes`).
    var ts: [Double] = []
    var synthetic = false

    static func read(
        _ request: HotspotRequest, from: String, to: String, grid: Grid, margin: Double,
        withTimes: Bool = false, on connection: Connection
    ) throws -> HotspotEvents {
        let time = request.source.timeColumn
        let sql = """
            SELECT ST_X(geom), ST_Y(geom), synthetic, extract(epoch FROM \(time)) / 86400 FROM \(request.source.rawValue)
            WHERE agency = $1
              AND \(time) >= $2::date::timestamp AT TIME ZONE 'Asia/Seoul'
              AND \(time) < $3::date::timestamp AT TIME ZONE 'Asia/Seoul'
              AND geom && ST_MakeEnvelope($4, $5, $6, $7, 5179)
              AND (cardinality($8::text[]) = 0 OR \(request.source.classColumn) = ANY($8::text[]))
            ORDER BY \(time), id
            """
        let classes =
            "{"
            + request.classes.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            .joined(separator: ",") + "}"
        let box = [
            grid.xmin - margin, grid.ymin - margin, grid.xmin + Double(grid.cols) * grid.cell + margin,
            grid.ymin + Double(grid.rows) * grid.cell + margin,
        ].map { String($0) }
        let rows = try connection.query(
            sql, [request.agency, from, to] + box + [classes], purpose: "read the events")
        var out = HotspotEvents()
        out.xs.reserveCapacity(rows.count)
        out.ys.reserveCapacity(rows.count)
        for row in rows {
            guard let x = row[0].flatMap(Double.init), let y = row[1].flatMap(Double.init) else { continue }
            out.xs.append(x)
            out.ys.append(y)
            if row[2] == "t" { out.synthetic = true }
            if withTimes { out.ts.append(row[3].flatMap(Double.init) ?? .nan) }
        }
        return out
    }
}
