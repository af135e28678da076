import AnsimStore

extension MapLayerQuery {
    /// The period drawn: `from` … `to` (inclusive Asia/Seoul days); a missing end is
    /// filled in so that the period is 28 days, ending on the day of the latest incident
    /// when neither is given.
    func period() throws -> (from: String?, to: String?) {
        let row = try c.query(
            """
            WITH t AS (SELECT coalesce($2::date, $1::date + 27,
                (SELECT (max(occurred_at) AT TIME ZONE 'Asia/Seoul')::date FROM incident WHERE agency = 'seoul')) AS t)
            SELECT coalesce($1::date, t.t - 27)::text AS "from", t.t::text AS "to" FROM t
            """, [filter.from, filter.to], purpose: "settle the map's period")[0]
        return (row["from"], row["to"])
    }

    /// Incidents of the period and classes, counted per `cell`-metre square (never as
    /// points), with the count per class; the cell doubles until at most `limit` cells remain.
    func incidents() throws -> MapCollection {
        let (from, to) = try period()
        var meta = MapCollection.Meta()
        (meta.from, meta.to, meta.classes) = (from, to, filter.classes)
        guard let from, let to else { return .empty(.incidents, note: "no incidents in the database", meta: meta) }
        let source = """
            SELECT e.geom, 1 AS w, e.crime_class AS k, e.synthetic FROM incident e
            WHERE e.agency = 'seoul'
              AND e.occurred_at >= ($1::date)::timestamp AT TIME ZONE 'Asia/Seoul'
              AND e.occurred_at < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Seoul'
              AND (cardinality($3::text[]) = 0 OR e.crime_class = ANY($3::text[]))
              AND \(Self.inBox("e.geom", 4))
            """
        let parameters: [any PostgresEncodable] = [from, to, filter.classes, filter.bbox]
        let totals = try c.query(
            "SELECT count(*) AS n, coalesce(bool_or(s.synthetic), false) AS synthetic FROM (\(source)) s",
            parameters, purpose: "count the map's incidents")[0]
        meta.events = try totals.decode(Int.self, column: "n")
        meta.synthetic = try totals.decode(Bool.self, column: "synthetic")
        return try aggregated(.incidents, source: source, parameters: parameters, cell: filter.cell, meta: meta)
    }

    /// CCTV sites in view as points (camera count, purpose), or counted per cell when
    /// more than `limit` sites are in view.
    func cctv() throws -> MapCollection {
        let parameters: [any PostgresEncodable] = [filter.bbox]
        let inView = try c.query(
            "SELECT count(*) FROM cctv v WHERE \(Self.inBox("v.geom", 1))", parameters,
            purpose: "count CCTV sites in view"
        )[0].decode(Int.self, at: 0)
        if inView <= filter.limit {
            let inner = """
                SELECT v.geom AS g, v.id AS o,
                       json_build_object('cameras', v.camera_count, 'purpose', v.purpose) AS p
                FROM cctv v WHERE \(Self.inBox("v.geom", 1))
                """
            let result = try collect(
                inner, parameters, digits: 1, limit: filter.limit, purpose: "read CCTV sites for the map")
            return collection(.cctv, result, limit: filter.limit)
        }
        let source = "SELECT v.geom, v.camera_count AS w, 'cameras' AS k FROM cctv v WHERE \(Self.inBox("v.geom", 1))"
        let cell = max(filter.cell, 250)
        return try aggregated(.cctv, source: source, parameters: parameters, cell: cell, meta: .init())
    }

    /// Counts of `source` (columns geom, w weight, k class) per square cell, largest
    /// first; the cell doubles (up to 64 times the first) while more than `limit` remain.
    func aggregated(
        _ layer: MapLayer, source: String, parameters: [any PostgresEncodable], cell first: Double,
        meta: MapCollection.Meta
    ) throws -> MapCollection {
        var meta = meta
        var cell = first
        let n = "$\(parameters.count + 1)::float8"
        let inner = """
            WITH k AS (SELECT floor(ST_X(s.geom) / \(n)) AS i, floor(ST_Y(s.geom) / \(n)) AS j, s.k, sum(s.w) AS n
                       FROM (\(source)) s GROUP BY 1, 2, 3),
                 c AS (SELECT i, j, sum(n) AS n, json_object_agg(k, n) AS classes FROM k GROUP BY i, j)
            SELECT ST_MakeEnvelope(i * \(n), j * \(n), (i + 1) * \(n), (j + 1) * \(n), 5179) AS g,
                   (-n, i, j) AS o, json_build_object('count', n, 'classes', classes) AS p
            FROM c
            """
        while true {
            let result = try collect(
                inner, parameters + [cell], digits: 1, limit: filter.limit, purpose: "count \(layer.rawValue) per cell")
            if result.matched <= filter.limit || cell >= first * 64 {
                meta.aggregated = true
                meta.cell = cell
                return collection(layer, result, limit: filter.limit, meta: meta)
            }
            cell *= 2
        }
    }
}
