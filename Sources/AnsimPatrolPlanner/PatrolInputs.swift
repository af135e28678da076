import AnsimAnalytics
import AnsimAnalyticsStore
import AnsimGeo
import AnsimStore
import AnsimSupport

/// What a plan is built from: the box, its area and the forecast cells inside it.
///
/// With a published jurisdiction, or with ``PatrolJurisdiction/voronoi``, the area is the
/// box's polygon. Otherwise (``network``) the area is a search area, the box's
/// straight-line region widened by ``searchMargin``, and the planner keeps the cells of
/// the box's network region inside it (``PatrolPlanner/networkRegion(_:depot:graph:r:on:)``).
struct PatrolInputs {
    typealias Cell = (row: Int, col: Int, x: Double, y: Double, value: Double)

    /// How far beyond its straight-line region a box's network region is searched, metres.
    static let searchMargin = 1500.0

    var box: String
    var boxX: Double
    var boxY: Double
    var area: AnalysisArea
    var forecastRunID: Int
    var synthetic: Bool
    var cell: Double
    /// Cells inside the area with a positive value, riskiest first (ties by row, col).
    var cells: [Cell]
    /// True when ``area`` is a search area and the network region is still to be found.
    var network: Bool

    static func read(_ r: PatrolRequest, on connection: Connection) throws -> PatrolInputs {
        let resolved = try AnalysisArea.resolve(r.box, level: .box, agency: r.agency, on: connection)
        // A derived (not published) area carries a note; only those are replaced by network regions.
        let network = r.jurisdiction == .network && resolved.note != nil
        let area =
            network
            ? AnalysisArea(
                level: .box, name: resolved.name, code: nil,
                geometry: try resolved.geometry.buffer(searchMargin).withSRID(5179),
                note: "search area of the box's network region: its nearest-box region widened by "
                    + "\(Int(searchMargin)) m")
            : resolved
        let rows = try connection.query(
            "SELECT name, ST_X(geom), ST_Y(geom) FROM police_org WHERE kind = 'box' AND agency = $2 AND name = $1",
            [area.name, r.agency], purpose: "find the box")
        guard let row = rows.first, let x = row[1].flatMap(Double.init), let y = row[2].flatMap(Double.init)
        else {
            throw AnsimError("\(r.box): the police box has no location")
        }
        let runID: Int
        if let id = r.forecastRunID {
            runID = id
        } else {
            var f = ForecastRequest(area: area.name, method: r.forecastMethod)
            (f.level, f.agency, f.seed, f.resolvedArea) = (.box, r.agency, r.seed, area)
            runID = try ForecastJob.run(f, on: connection).runID
        }
        let run = try connection.query(
            """
            SELECT kind, grid_xmin, grid_ymin, grid_cell, synthetic_input FROM analytics_run
            WHERE id = $1 AND agency = $2
            """, [runID, r.agency], purpose: "read the forecast run")
        guard let meta = run.first else { throw AnsimError("--forecast \(runID): no such analytics run") }
        guard meta[0] == "forecast" || meta[0] == "hotspot" else {
            throw AnsimError("--forecast \(runID): a \(meta[0] ?? "?") run, not a forecast or hotspot run")
        }
        let prepared = try PreparedGeometry(area.geometry)
        let cellRows = try connection.query(
            """
            SELECT row, col, ST_X(ST_Centroid(geom)), ST_Y(ST_Centroid(geom)), value FROM analytics_cell
            WHERE run_id = $1 AND value > 0 ORDER BY value DESC, row, col
            """, [runID], purpose: "read the forecast cells")
        var cells: [Cell] = []
        for c in cellRows {
            guard let cx = c[2].flatMap(Double.init), let cy = c[3].flatMap(Double.init),
                let v = c[4].flatMap(Double.init), v.isFinite
            else { continue }
            guard try prepared.contains(Geometry.point(x: cx, y: cy, srid: 5179)) else { continue }
            cells.append((try c.decode(at: 0), try c.decode(at: 1), cx, cy, v))
        }
        return PatrolInputs(
            box: area.name, boxX: x, boxY: y, area: area, forecastRunID: runID, synthetic: meta[4] == "t",
            cell: meta[3].flatMap(Double.init) ?? 100, cells: cells, network: network)
    }
}
