import AnsimCPTED
import AnsimStore
import Foundation

/// One risk cell with its protection, read from PostGIS.
struct CPTEDGapCell {
    let row: Int
    let col: Int
    let dong: String
    let lon: Double
    let lat: Double
    /// The centre in EPSG:5179.
    let x: Double
    let y: Double
    let geoJSON: String
    var profile: ProtectionProfile

    /// Cells of `run` whose centre lies in the area, with cameras within `radius` of the
    /// centre, security lights inside the cell, safe houses and parcel boxes within 300 m,
    /// and the straight-line distance to the nearest police box (지구대/파출소).
    static func load(area: String, run: Int, radius: Double, on c: Connection) throws -> [CPTEDGapCell] {
        try c.query(
            """
            WITH cells AS (
              SELECT row, col, coalesce(value, 0) AS risk, geom, ST_Centroid(geom) AS ctr
              FROM analytics_cell WHERE run_id = $2 AND ST_Intersects(ST_Centroid(geom), \(CPTEDCommand.areaSQL)))
            SELECT row, col, risk,
              (SELECT coalesce(sum(camera_count), 0) FROM cctv WHERE ST_DWithin(cctv.geom, ctr, $3::float8)),
              (SELECT count(*) FROM risk_site r WHERE r.category = 'security_light' AND ST_Intersects(r.geom, cells.geom)),
              (SELECT count(*) FROM risk_site r WHERE r.category IN ('safe_house', 'parcel_box')
                 AND ST_DWithin(r.geom, ctr, 300)),
              coalesce((SELECT ST_Distance(p.geom, ctr) FROM police_org p WHERE p.kind = 'box' AND p.geom IS NOT NULL
                 ORDER BY p.geom <-> ctr LIMIT 1), 1e9),
              coalesce((SELECT name FROM admin_area a WHERE a.level = 'hangjeongdong' AND length(a.code) = 10
                 AND ST_Intersects(a.geom, ctr) ORDER BY vintage DESC LIMIT 1), '?'),
              ST_X(ST_Transform(ctr, 4326)), ST_Y(ST_Transform(ctr, 4326)), ST_AsGeoJSON(ST_Transform(geom, 4326), 7),
              ST_X(ctr), ST_Y(ctr)
            FROM cells ORDER BY row, col
            """, [area, String(run), String(radius)], purpose: "measure protection per cell"
        ).map { r in
            CPTEDGapCell(
                row: Int(r[0] ?? "") ?? 0, col: Int(r[1] ?? "") ?? 0, dong: r[7] ?? "?", lon: Double(r[8] ?? "") ?? 0,
                lat: Double(r[9] ?? "") ?? 0, x: Double(r[11] ?? "") ?? 0, y: Double(r[12] ?? "") ?? 0,
                geoJSON: r[10] ?? "null",
                profile: ProtectionProfile(
                    risk: Double(r[2] ?? "") ?? 0, cameras: Int(r[3] ?? "") ?? 0, lights: Int(r[4] ?? "") ?? 0,
                    safePlaces: Int(r[5] ?? "") ?? 0, policeDistance: Double(r[6] ?? "") ?? 1e9))
        }
    }

    /// Per 행정동: cells, summed risk, cameras, lights, dark cells (score ≥ 0.5) and the
    /// darkest cell's score.
    static func dongTable(_ cells: [CPTEDGapCell], _ ranked: [DarkSpot]) -> String {
        var rows: [String: (cells: Int, risk: Double, cameras: Int, lights: Int, dark: Int, worst: Double)] = [:]
        for s in ranked {
            let c = cells[s.index]
            var r = rows[c.dong] ?? (0, 0, 0, 0, 0, 0)
            r.cells += 1
            r.risk += c.profile.risk
            r.cameras += c.profile.cameras
            r.lights += c.profile.lights
            if s.score >= 0.5 { r.dark += 1 }
            r.worst = max(r.worst, s.score)
            rows[c.dong] = r
        }
        var text = "dong,cells,risk,cameras,lights,dark_cells,worst_score\n"
        for (dong, r) in rows.sorted(by: { $0.value.dark != $1.value.dark ? $0.value.dark > $1.value.dark : $0.key < $1.key }) {
            text += String(format: "%@,%d,%.6f,%d,%d,%d,%.4f\n", dong, r.cells, r.risk, r.cameras, r.lights, r.dark, r.worst)
        }
        return text
    }
}
