import AnsimGeo
import AnsimStore

/// The layers of a ``ReportMap``, each one SVG fragment from one PostGIS query.
struct MapLayers {
    let agency: String
    let boundary: Geometry
    let box: Envelope
    /// Metres per pixel.
    let scale: Double

    var envelopeSQL: String { "ST_MakeEnvelope(\(box.minX), \(box.minY), \(box.maxX), \(box.maxY), 5179)" }
    func px(_ v: Double) -> String { SVGEscape.number(v * scale, digits: 1) }

    /// 구 boundaries around the area (gu_seoul_juso2015), with their names.
    func context(on c: Connection) throws -> String {
        let rows = try c.query(
            """
            SELECT ST_AsSVG(geom, 0, 0), name, ST_X(ST_PointOnSurface(geom)), ST_Y(ST_PointOnSurface(geom))
            FROM admin_area WHERE level = 'sigungu' AND source = 'gu_seoul_juso2015' AND geom && \(envelopeSQL)
            """, purpose: "draw the 구 boundaries")
        var out = ""
        for r in rows {
            out +=
                "<path d=\"\(Self.path(r[0] ?? ""))\" fill=\"#f4f4f0\" stroke=\"#9a9a9a\" stroke-width=\"\(px(1))\"/>\n"
        }
        for r in rows {
            guard let x = r[2].flatMap(Double.init), let y = r[3].flatMap(Double.init),
                box.contains(x: x, y: y)
            else { continue }
            out += "<text x=\"\(SVGEscape.number(x, digits: 0))\" y=\"\(SVGEscape.number(-y, digits: 0))\" "
            out +=
                "font-size=\"\(px(13))\" fill=\"#8a8a8a\" text-anchor=\"middle\">\(SVGEscape.text(r[1] ?? ""))</text>\n"
        }
        return out
    }

    /// Road sections in the map's extent (simplified to a pixel), one path.
    func roads(on c: Connection) throws -> String {
        let rows = try c.query(
            """
            SELECT ST_AsSVG(ST_Simplify(ST_Collect(d.geom), $1), 0, 0)
            FROM (SELECT (ST_Dump(geom)).geom FROM road_section WHERE geom && \(envelopeSQL)) d
            """, [scale], purpose: "draw the roads")
        guard let d = rows.first?[0].map(Self.path), !d.isEmpty else { return "" }
        return "<path d=\"\(d)\" fill=\"none\" stroke=\"#c9c9c9\" stroke-width=\"\(px(0.8))\"/>\n"
    }

    /// The area's boundary.
    func outline(on c: Connection) throws -> String {
        let d = Self.path(
            try c.query("SELECT ST_AsSVG($1::geometry, 0, 0)", [boundary], purpose: "draw the area")[0][0]
                ?? "")
        return "<path d=\"\(d)\" fill=\"none\" stroke=\"#1f3a93\" stroke-width=\"\(px(2.5))\"/>\n"
    }

    /// Cells of a run, one path per styled class.
    func cells(run: Int, styles: [(cls: String, fill: String, label: String)], on c: Connection) throws
        -> String
    {
        let rows = try c.query(
            "SELECT class, ST_AsSVG(ST_Collect(geom), 0, 0) FROM analytics_cell WHERE run_id = $1 GROUP BY class",
            [run], purpose: "draw the run's cells")
        let byClass = Dictionary(rows.map { ($0[0] ?? "", $0[1] ?? "") }, uniquingKeysWith: { a, _ in a })
        return styles.compactMap { style in
            byClass[style.cls].map(Self.path).map {
                "<path class=\"\(style.cls)\" d=\"\($0)\" fill=\"\(style.fill)\" stroke=\"none\"/>\n"
            }
        }.joined()
    }

    /// CCTV sites within 50 m of the run's hot cells.
    func cctv(nearHotCellsOf run: Int, on c: Connection) throws -> String {
        let rows = try c.query(
            """
            SELECT DISTINCT ST_AsSVG(v.geom, 0, 0) FROM cctv v JOIN analytics_cell a
              ON a.run_id = $1 AND a.class LIKE 'hot-%' AND ST_DWithin(v.geom, a.geom, 50)
            WHERE v.agency = $2
            """, [run, agency], purpose: "draw CCTV near hotspots")
        return rows.map { "<circle \($0[0] ?? "") r=\"\(px(2.2))\" fill=\"#00897b\"/>\n" }.joined()
    }

    /// The period's incidents inside the area.
    func incidents(period: ReportPeriod, on c: Connection) throws -> String {
        let rows = try c.query(
            """
            SELECT ST_AsSVG(geom, 0, 0) FROM incident WHERE agency = $1 AND ST_Intersects(geom, $2::geometry)
              AND occurred_at >= $3::date::timestamp AT TIME ZONE 'Asia/Seoul'
              AND occurred_at < $4::date::timestamp AT TIME ZONE 'Asia/Seoul'
            """, [agency, boundary, period.start.description, period.end.description],
            purpose: "draw incidents")
        return rows.map { "<circle \($0[0] ?? "") r=\"\(px(1.4))\" fill=\"#222222\"/>\n" }.joined()
    }

    /// Routes of the given patrol runs.
    func patrol(runs: [Int], on c: Connection) throws -> String {
        guard !runs.isEmpty else { return "" }
        let rows = try c.query(
            "SELECT ST_AsSVG(geom, 0, 0) FROM patrol_route WHERE run_id = ANY($1::bigint[]) AND geom IS NOT NULL",
            [runs], purpose: "draw patrol routes")
        return rows.map {
            "<path d=\"\(Self.path($0[0] ?? ""))\" fill=\"none\" stroke=\"#ff6f00\" stroke-width=\"\(px(1.6))\"/>\n"
        }.joined()
    }

    /// Police boxes (지구대/파출소) and stations in the extent, with their names.
    func boxes(on c: Connection) throws -> String {
        let rows = try c.query(
            """
            SELECT kind, name, ST_X(geom), ST_Y(geom) FROM police_org
            WHERE agency = $1 AND kind IN ('box', 'station') AND geom && \(envelopeSQL) ORDER BY kind, name
            """, [agency], purpose: "draw police boxes")
        var out = ""
        for r in rows {
            guard let x = r[2].flatMap(Double.init), let y = r[3].flatMap(Double.init) else { continue }
            let (sx, sy) = (SVGEscape.number(x, digits: 0), SVGEscape.number(-y, digits: 0))
            let size = r[0] == "station" ? 5.0 : 3.5
            out += "<rect x=\"\(SVGEscape.number(x - size * scale, digits: 0))\" "
            out += "y=\"\(SVGEscape.number(-y - size * scale, digits: 0))\" width=\"\(px(2 * size))\" "
            out +=
                "height=\"\(px(2 * size))\" fill=\"#1f3a93\" stroke=\"#ffffff\" stroke-width=\"\(px(0.8))\"/>\n"
            // A white halo under the label (two texts: not every renderer knows paint-order).
            let label =
                "<text x=\"\(sx)\" y=\"\(sy)\" dx=\"\(px(6))\" dy=\"\(px(4))\" font-size=\"\(px(11))\" "
            let name = SVGEscape.text(r[1] ?? "")
            out += label + "fill=\"#ffffff\" stroke=\"#ffffff\" stroke-width=\"\(px(3))\">\(name)</text>\n"
            out += label + "fill=\"#1f3a93\">\(name)</text>\n"
        }
        return out
    }

    /// `ST_AsSVG` separates the members of a geometry collection with ";"; one path takes spaces.
    static func path(_ d: String) -> String { d.replacingOccurrences(of: ";", with: " ") }
}
