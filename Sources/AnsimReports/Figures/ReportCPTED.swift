import AnsimCPTED
import AnsimGeo
import AnsimStore

/// The report's CPTED section: the forecast run's cells in the area ranked by darkness
/// (high risk, low protection) with `DarkSpotRanker`, the measure of `ansim cpted gaps`
/// (docs/CPTED.md) with the police-box distance as the straight line.
public struct CPTEDFigure: Codable, Sendable {
    /// One dark spot: a 100 m cell of the forecast run.
    public struct Spot: Codable, Sendable, Equatable {
        public var rank: Int
        public var dong: String
        public var lon: Double
        public var lat: Double
        public var riskPercentile: Double
        public var protection: Double
        public var score: Double
        public var reasons: [String]
    }
    public var runID: Int
    public var cells: Int
    /// Cells with score ≥ 0.5.
    public var darkCells: Int
    public var cameraRadiusMetres: Double
    /// The darkest `top`, darkest first.
    public var spots: [Spot]
    public var source: String
}

extension ReportCoverage {
    /// Dark spots of forecast run `forecast` inside `boundary`: cameras within `radius` of
    /// the cell centre, security lights in the cell, safe houses and parcel boxes within
    /// 300 m, and the straight-line distance to the nearest police box.
    public static func cpted(
        forecast: Int, boundary: Geometry, agency: String, radius: Double = 50, top: Int = 10, on c: Connection
    ) throws -> CPTEDFigure {
        let rows = try c.query(
            """
            WITH cells AS (
              SELECT row, col, coalesce(value, 0) AS risk, geom, ST_Centroid(geom) AS ctr
              FROM analytics_cell WHERE run_id = $1 AND ST_Intersects(ST_Centroid(geom), $2::geometry))
            SELECT risk,
              (SELECT coalesce(sum(camera_count), 0) FROM cctv v WHERE v.agency = $3 AND ST_DWithin(v.geom, ctr, $4)),
              (SELECT count(*) FROM risk_site r WHERE r.category = 'security_light' AND ST_Intersects(r.geom, cells.geom)),
              (SELECT count(*) FROM risk_site r WHERE r.category IN ('safe_house', 'parcel_box')
                 AND ST_DWithin(r.geom, ctr, 300)),
              coalesce((SELECT ST_Distance(p.geom, ctr) FROM police_org p WHERE p.kind = 'box' AND p.geom IS NOT NULL
                 ORDER BY p.geom <-> ctr LIMIT 1), 1e9),
              coalesce((SELECT name FROM admin_area a WHERE a.level = 'hangjeongdong' AND length(a.code) = 10
                 AND ST_Intersects(a.geom, ctr) ORDER BY vintage DESC LIMIT 1), '–'),
              ST_X(ST_Transform(ctr, 4326)), ST_Y(ST_Transform(ctr, 4326))
            FROM cells ORDER BY row, col
            """, [forecast, boundary, agency, radius], purpose: "measure protection per forecast cell")
        let profiles = try rows.map { r in
            ProtectionProfile(
                risk: try r.decode(Double.self, at: 0), cameras: try r.decode(Int.self, at: 1),
                lights: try r.decode(Int.self, at: 2), safePlaces: try r.decode(Int.self, at: 3),
                policeDistance: try r.decode(Double.self, at: 4))
        }
        let ranked = DarkSpotRanker.rank(profiles, cameraRadius: radius)
        let spots = try ranked.prefix(top).enumerated().map { n, s in
            let r = rows[s.index]
            return CPTEDFigure.Spot(
                rank: n + 1, dong: try r.decode(String.self, at: 5), lon: try r.decode(Double.self, at: 6),
                lat: try r.decode(Double.self, at: 7), riskPercentile: s.riskPercentile, protection: s.protection,
                score: s.score, reasons: s.reasons)
        }
        return CPTEDFigure(
            runID: forecast, cells: profiles.count, darkCells: ranked.count { $0.score >= 0.5 },
            cameraRadiusMetres: radius, spots: spots,
            source: "analytics_run \(forecast) cells × cctv within \(Int(radius)) m, risk_site security lights in "
                + "the cell, safe houses and parcel boxes within 300 m, nearest police box (straight line); "
                + "score = risk percentile × (1 − protection) (docs/CPTED.md)")
    }
}
