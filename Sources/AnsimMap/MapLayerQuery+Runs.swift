import AnsimStore

extension MapLayerQuery {
    /// The classed cells (`classes`) of the chosen hotspot or forecast run, with their
    /// statistics; the least notable classes first so that the strongest draw on top.
    func cells(_ layer: MapLayer, classes: [String]) throws -> MapCollection {
        let kind = layer.runKind!
        guard let run = try MapRun.chosen(kind: kind, filter: filter, on: c) else {
            return .empty(layer, note: "no \(kind) run recorded" + (filter.to.map { " with a window ending by \($0)" } ?? ""))
        }
        var meta = MapCollection.Meta()
        meta.run = run
        meta.synthetic = run.synthetic
        let inner = """
            SELECT a.geom AS g, (-array_position($2::text[], a.class), a.row, a.col) AS o,
                   json_build_object('class', a.class, 'count', a.count, 'value', a.value,
                       'z', round(a.z::numeric, 3), 'p', a.p) AS p
            FROM analytics_cell a
            WHERE a.run_id = $1 AND a.class = ANY($2::text[]) AND \(Self.inBox("a.geom", 3))
            """
        let limit = max(filter.limit, 20000)
        let result = try collect(
            inner, [run.id, classes, filter.bbox], digits: 1, limit: limit, purpose: "read the run's cells")
        return collection(layer, result, limit: limit, meta: meta)
    }

    /// Routes (lines) and stops (points) of the chosen patrol run, or of the latest
    /// patrol run of every police box whose window ends by `to`.
    func patrol() throws -> MapCollection {
        var meta = MapCollection.Meta()
        let runs: [Int64]
        if filter.run != nil {
            let run = try MapRun.chosen(kind: "patrol", filter: filter, on: c)!
            meta.run = run
            runs = [run.id]
        } else {
            runs = try c.query(
                """
                SELECT DISTINCT ON (r.area_name) r.id FROM analytics_run r WHERE r.kind = 'patrol'
                  AND ($1::date IS NULL OR r.input_to <= ($1::date + 1)::timestamp AT TIME ZONE 'Asia/Seoul')
                ORDER BY r.area_name, r.input_to DESC NULLS LAST, r.id DESC
                """, [filter.to], purpose: "find the latest patrol run of each box"
            ).map { try $0.decode(Int64.self, at: 0) }.sorted()
        }
        guard !runs.isEmpty else { return .empty(.patrol, note: "no patrol plan recorded") }
        meta.runs = runs
        meta.synthetic = try c.query(
            """
            SELECT coalesce(bool_or(r.synthetic_input OR coalesce(f.synthetic_input, false)), false)
            FROM analytics_run r LEFT JOIN analytics_run f ON f.id = r.parent_run_id WHERE r.id = ANY($1::bigint[])
            """, [runs], purpose: "check whether the plans rest on synthetic input"
        )[0].decode(Bool.self, at: 0)
        let inner = """
            SELECT r.geom AS g, (0, r.run_id, r.shift, r.car, 0) AS o,
                   json_build_object('kind', 'route', 'run', r.run_id, 'box', x.area_name, 'shift', r.shift,
                       'car', r.car, 'stops', r.stops, 'length_m', round(r.length_m::numeric),
                       'duration_s', round(r.duration_s::numeric)) AS p
            FROM patrol_route r JOIN analytics_run x ON x.id = r.run_id
            WHERE r.run_id = ANY($1::bigint[]) AND r.geom IS NOT NULL AND \(Self.inBox("r.geom", 2))
            UNION ALL
            SELECT s.geom, (1, s.run_id, s.shift, s.car, s.seq),
                   json_build_object('kind', 'stop', 'run', s.run_id, 'shift', s.shift, 'car', s.car,
                       'seq', s.seq, 'arrival_s', round(s.arrival_s::numeric))
            FROM patrol_stop s WHERE s.run_id = ANY($1::bigint[]) AND \(Self.inBox("s.geom", 2))
            """
        let limit = max(filter.limit, 20000)
        let result = try collect(inner, [runs, filter.bbox], digits: 1, limit: limit, purpose: "read patrol routes")
        return collection(.patrol, result, limit: limit, meta: meta)
    }
}
