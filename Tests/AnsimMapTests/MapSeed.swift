import AnsimStore

/// Known features on a 4 km × 4 km test 구 (EPSG:5179, 958000…962000 × 1942000…1946000),
/// placed far enough apart that a screenshot shows each in its own spot.
enum MapSeed {
    /// The 구's rectangle: the view of the screenshot tests.
    static let view = [958_000.0, 1_942_000, 962_000, 1_946_000]
    /// The 100 m incident cells: 5 × 절도 (2023-04-05), 5 × 폭력 (2023-04-06), and one
    /// 절도 on 2023-05-20, outside the week the tests look at.
    static let theftCell = [959_000.0, 1_943_000, 959_100, 1_943_100]
    static let assaultCell = [961_000.0, 1_943_000, 961_100, 1_943_100]
    static let lateCell = [960_000.0, 1_944_400, 960_100, 1_944_500]
    /// 3 × 3 hot-99 cells of the newer hotspot run; cold-99 cells of the older one.
    static let hotBlock = [959_200.0, 1_944_700, 959_500, 1_945_000]
    static let coldBlock = [961_000.0, 1_944_000, 961_300, 1_944_300]
    /// 3 × 3 top-1 cells of the forecast run.
    static let riskBlock = [960_500.0, 1_942_400, 960_800, 1_942_700]
    /// Three CCTV sites.
    static let cctvArea = [961_300.0, 1_945_300, 961_500, 1_945_500]
    /// The 지구대 (start of the patrol route, which runs east 800 m then north 1 km).
    static let box = (x: 958_800.0, y: 1_942_600.0)

    /// Writes the features; returns the run ids (older hotspot, newer hotspot, forecast, patrol).
    static func write(on c: Connection) throws -> (oldHot: Int64, hot: Int64, forecast: Int64, patrol: Int64) {
        try c.executeScript(
            """
            INSERT INTO admin_area (level, code, name, vintage, source, full_name, geom) VALUES
              ('sigungu', '11999', '테스트구', '2015', 'gu_seoul_juso2015', '서울특별시 테스트구',
               ST_Multi(ST_MakeEnvelope(958000, 1942000, 962000, 1946000, 5179))),
              ('hangjeongdong', '1199900001', '테스트동', '2021-04', 'admdong_seoul_2021', NULL,
               ST_Multi(ST_MakeEnvelope(958000, 1942000, 960000, 1946000, 5179)));
            INSERT INTO police_org (kind, subtype, name, address, phone, geom) VALUES
              ('station', NULL, '테스트경찰서', '서울 테스트구 비밀로 1', '02-000-0001',
               ST_SetSRID(ST_MakePoint(960000, 1945200), 5179)),
              ('box', '지구대', '테스트지구대', '서울 테스트구 비밀로 2', '02-000-0002',
               ST_SetSRID(ST_MakePoint(958800, 1942600), 5179));
            INSERT INTO cctv (source, source_key, camera_count, purpose, address, geom)
            SELECT 'test', 'c' || i, i, '방범', '서울 테스트구 카메라로 ' || i, ST_SetSRID(ST_MakePoint(x, y), 5179)
            FROM (VALUES (1, 961300, 1945300), (2, 961500, 1945300), (3, 961400, 1945500)) v(i, x, y);
            INSERT INTO incident (source, source_file, source_key, occurred_at, crime_class, synthetic, geom)
            SELECT 'test', 'test.csv', 'T-SECRET-' || k || '-' || i, d::timestamptz, k, true,
                   ST_SetSRID(ST_MakePoint(x + 10 * i, 1943020), 5179)
            FROM generate_series(0, 4) i,
                 (VALUES ('절도', 959020, '2023-04-05 12:00+09'), ('폭력', 961020, '2023-04-06 23:30+09')) v(k, x, d);
            INSERT INTO incident (source, source_file, source_key, occurred_at, crime_class, synthetic, geom)
            VALUES ('test', 'test.csv', 'T-SECRET-late', '2023-05-20 09:00+09', '절도', true,
                    ST_SetSRID(ST_MakePoint(960020, 1944420), 5179));
            """, purpose: "seed the map's test features")
        let oldHot = try run("hotspot", "gistar", "2023-03-01", "2023-03-29", parent: nil, on: c)
        let hot = try run("hotspot", "gistar", "2023-03-13", "2023-04-10", parent: nil, on: c)
        let forecast = try run("forecast", "kde", "2022-04-10", "2023-04-10", parent: nil, on: c)
        let patrol = try run("patrol", "top", "2022-04-10", "2023-04-10", parent: forecast, on: c)
        try cells(run: oldHot, block: coldBlock, class: "cold-99", on: c)
        try cells(run: hot, block: hotBlock, class: "hot-99", on: c)
        try cells(run: hot, block: [958_000, 1_942_000, 958_300, 1_942_300], class: "ns", on: c)
        try cells(run: forecast, block: riskBlock, class: "top-1", on: c)
        try c.query(
            """
            INSERT INTO patrol_route (run_id, shift, car, stops, length_m, duration_s, score, geom)
            VALUES ($1, 1, 1, 2, 1800, 900, 3.5,
                    ST_GeomFromText('LINESTRING(958800 1942600, 959600 1942600, 959600 1943600)', 5179))
            """, [patrol], purpose: "seed a patrol route")
        try c.query(
            """
            INSERT INTO patrol_stop (run_id, shift, car, seq, cell_row, cell_col, value, arrival_s, departure_s, geom)
            VALUES ($1, 1, 1, 1, 0, 0, 1.5, 200, 400, ST_SetSRID(ST_MakePoint(959600, 1942600), 5179)),
                   ($1, 1, 1, 2, 0, 0, 2.0, 600, 800, ST_SetSRID(ST_MakePoint(959600, 1943600), 5179))
            """, [patrol], purpose: "seed patrol stops")
        return (oldHot, hot, forecast, patrol)
    }

    static func run(_ kind: String, _ method: String, _ from: String, _ to: String, parent: Int64?, on c: Connection)
        throws -> Int64
    {
        try c.query(
            """
            INSERT INTO analytics_run (kind, method, area_level, area_name, input_table, input_from, input_to,
                                       grid_srid, grid_cell, code_version, synthetic_input, parent_run_id)
            VALUES ($1, $2, 'sigungu', '테스트구', 'incident', ($3::date)::timestamp AT TIME ZONE 'Asia/Seoul',
                    ($4::date)::timestamp AT TIME ZONE 'Asia/Seoul', 5179, 100, 'test', true, $5)
            RETURNING id
            """, [kind, method, from, to, parent], purpose: "seed a run"
        )[0].decode(Int64.self, at: 0)
    }

    /// 100 m cells filling `block`, all of one class (row and column counted from the 구's corner).
    static func cells(run: Int64, block: [Double], class cls: String, on c: Connection) throws {
        try c.query(
            """
            INSERT INTO analytics_cell (run_id, row, col, count, value, z, p, class, geom)
            SELECT $1, round((b.y0 - 1942000) / 100)::int + r, round((b.x0 - 958000) / 100)::int + k, 4, 2.5, 3.1, 0.001, $6,
                   ST_MakeEnvelope(b.x0 + k * 100, b.y0 + r * 100, b.x0 + (k + 1) * 100, b.y0 + (r + 1) * 100, 5179)
            FROM (SELECT $2::float8 AS x0, $3::float8 AS y0, $4::float8 AS x1, $5::float8 AS y1) b,
                 generate_series(0, round((b.x1 - b.x0) / 100)::int - 1) k,
                 generate_series(0, round((b.y1 - b.y0) / 100)::int - 1) r
            """, [run, block[0], block[1], block[2], block[3], cls], purpose: "seed cells")
    }
}
