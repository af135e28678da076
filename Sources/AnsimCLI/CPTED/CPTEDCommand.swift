import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim cpted`: crime-prevention gaps and new-camera siting.
struct CPTEDCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cpted",
        abstract: "CPTED: dark spots where risk is high and protection low, and where new CCTV would cover most risk.",
        discussion: """
            Risk comes from the newest forecast run (or --run) in analytics_run/analytics_cell; \
            protection from cctv, risk_site (security lights, safe houses, parcel boxes) and \
            police_org boxes. See docs/CPTED.md.

            EXAMPLES
              ansim cpted gaps --area 강남구 --out out/cpted
              ansim cpted site-cameras --area 강남구 --k 20 --radius 50 --out out/cpted
            """,
        subcommands: [CPTEDGaps.self, CPTEDSiteCameras.self])

    /// The run to read risk from: `run`, else the newest forecast.
    static func riskRun(_ run: Int?, on c: Connection) throws -> (id: Int, cell: Double, label: String) {
        let rows = try c.query(
            """
            SELECT id, grid_cell, kind || ' ' || method || ' run ' || id || coalesce(' (' || area_name || ')', '')
            FROM analytics_run
            WHERE grid_cell IS NOT NULL AND ($1::bigint IS NULL AND kind = 'forecast' OR id = $1::bigint)
            ORDER BY id DESC LIMIT 1
            """, [run.map(String.init) as String?], purpose: "find the risk run")
        guard let row = rows.first, let id = row[0].flatMap(Int.init), let cell = row[1].flatMap(Double.init) else {
            throw AnsimError(
                run.map { "no gridded run \($0) in analytics_run" }
                    ?? "no forecast run in analytics_run: run ansim forecast first")
        }
        return (id, cell, row[2] ?? "")
    }

    /// Checks that `area` names a 시군구 or 행정동 with a boundary.
    static func checkArea(_ area: String, on c: Connection) throws {
        let n = try c.query(
            "SELECT count(*) FROM admin_area WHERE name = $1 AND level IN ('sigungu', 'hangjeongdong')", [area],
            purpose: "find the area")
        guard n.first?[0] != "0" else { throw AnsimError("no 시군구 or 행정동 named \(area) in admin_area") }
    }

    /// SQL for the area's polygon (parameter `$1` is its name).
    static let areaSQL = """
        (SELECT ST_Union(geom) FROM (SELECT DISTINCT ON (level) geom FROM admin_area
          WHERE name = $1 AND level IN ('sigungu', 'hangjeongdong')
          ORDER BY level DESC, vintage LIKE '%simplified%', vintage DESC) a)
        """

    /// Writes `text` to `dir/name`, creating the folder.
    static func write(_ text: String, _ name: String, in dir: String) throws {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/" + name))
    }
}
