import AnsimStore

extension MapLayerQuery {
    /// 구 or 행정동 boundaries of one source (admin_area holds several vintages of each
    /// level; `preferred` when loaded, else the source with the most areas), simplified
    /// to `tolerance` metres with their topology kept, and a label point for each.
    func boundaries(_ layer: MapLayer, level: String, preferred: String, tolerance: Double) throws
        -> MapCollection
    {
        let inner = """
            SELECT ST_SimplifyPreserveTopology(a.geom, $1) AS g, a.name AS o,
                   json_build_object('name', a.name, 'code', a.code, 'vintage', a.vintage,
                       'label_x', round(ST_X(ST_PointOnSurface(a.geom))),
                       'label_y', round(ST_Y(ST_PointOnSurface(a.geom)))) AS p
            FROM admin_area a
            WHERE a.level = $2 AND a.source = (
                SELECT s.source FROM admin_area s WHERE s.level = $2 GROUP BY s.source
                ORDER BY (s.source = $3) DESC, count(*) DESC, s.source LIMIT 1)
              AND \(Self.inBox("a.geom", 4))
            """
        let limit = max(filter.limit, 2000)
        let result = try collect(
            inner, [tolerance, level, preferred, filter.bbox], digits: 0, limit: limit,
            purpose: "read the \(level) boundaries for the map")
        return collection(layer, result, limit: limit)
    }

    /// Police stations and 지구대/파출소 with their names (no addresses or phone numbers).
    func boxes() throws -> MapCollection {
        let inner = """
            SELECT o.geom AS g, (o.kind <> 'station', o.name) AS o,
                   json_build_object('name', o.name, 'kind', o.kind, 'subtype', o.subtype) AS p
            FROM police_org o
            WHERE o.kind IN ('station', 'box') AND o.geom IS NOT NULL AND \(Self.inBox("o.geom", 1))
            """
        let limit = max(filter.limit, 2000)
        let result = try collect(
            inner, [filter.bbox], digits: 1, limit: limit, purpose: "read police boxes for the map")
        return collection(.boxes, result, limit: limit)
    }
}
