import AnsimStore

/// Reads one map layer from PostGIS and returns it as a ``MapCollection``.
///
/// PostGIS writes the GeoJSON (`ST_AsGeoJSON`, EPSG:5179, 0.1 m or 1 m precision):
/// boundaries simplified with `ST_SimplifyPreserveTopology`, incidents always counted
/// per cell, CCTV counted per cell when more sites than `limit` are in view. Runs with
/// the caller's connection, which the server has put in the requester's database role.
public struct MapLayerQuery {
    /// The checked query parameters.
    public let filter: MapFilter
    /// The connection (inside a request scope).
    let c: Connection

    /// A query with `filter` on `connection`.
    public init(filter: MapFilter, connection: Connection) {
        self.filter = filter
        self.c = connection
    }

    /// The layer's collection.
    public func collection(_ layer: MapLayer) throws -> MapCollection {
        switch layer {
        case .gu: return try boundaries(layer, level: "sigungu", preferred: "gu_seoul_juso2015", tolerance: 10)
        case .dong:
            return try boundaries(layer, level: "hangjeongdong", preferred: "admdong_seoul_2021", tolerance: 5)
        case .boxes: return try boxes()
        case .cctv: return try cctv()
        case .incidents: return try incidents()
        case .hotspots: return try cells(layer, classes: MapLayer.hotspotClasses)
        case .forecast: return try cells(layer, classes: MapLayer.forecastClasses)
        case .patrol: return try patrol()
        }
    }

    /// `true` when the geometry expression `column` is in the filter's bbox (or no bbox
    /// was given); the bbox is the parameter `$n` (a float8[4] or NULL).
    static func inBox(_ column: String, _ n: Int) -> String {
        let b = "$\(n)::float8[]"
        return "(\(b) IS NULL OR \(column) && ST_MakeEnvelope((\(b))[1], (\(b))[2], (\(b))[3], (\(b))[4], 5179))"
    }

    /// Runs `inner` (columns `g` geometry, `p` json properties, `o` sort key) and
    /// collects at most `limit` features in `o` order; the limit is appended as the
    /// last parameter. Returns the features and how many matched.
    func collect(
        _ inner: String, _ parameters: [any PostgresEncodable], digits: Int, limit: Int, purpose: String
    ) throws -> (features: String, matched: Int) {
        let n = parameters.count + 1
        let rows = try c.query(
            """
            SELECT count(*) AS matched,
                   coalesce(json_agg(json_build_object('type', 'Feature',
                       'geometry', ST_AsGeoJSON(f.g, \(digits), 0)::json, 'properties', f.p) ORDER BY f.rn)
                     FILTER (WHERE f.rn <= $\(n)), '[]')::text AS features
            FROM (SELECT i.g, i.p, row_number() OVER (ORDER BY i.o) AS rn FROM (\(inner)) i) f
            """, parameters + [limit], purpose: purpose)
        return (rows[0]["features"] ?? "[]", try rows[0].decode(Int.self, column: "matched"))
    }

    /// A collection from `collect`'s result.
    func collection(
        _ layer: MapLayer, _ result: (features: String, matched: Int), limit: Int, meta: MapCollection.Meta = .init()
    ) -> MapCollection {
        var meta = meta
        meta.matched = result.matched
        meta.features = min(result.matched, limit)
        meta.truncated = result.matched > limit
        return MapCollection(layer: layer, features: result.features, meta: meta)
    }
}
