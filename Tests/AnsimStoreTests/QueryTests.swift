import AnsimGeo
import AnsimStore
import AnsimTestSupport
import Foundation
import Testing

/// Parameterised queries, typed decoding, transactions and errors.
@Suite struct QueryTests {
    @Test func parametersRoundTripByType() throws {
        let db = try TestDatabase.connect()
        let when = Date(timeIntervalSince1970: 1_680_307_200.125)  // 2023-04-01T00:00:00.125Z
        let blob = Data([0, 1, 2, 254, 255])
        let row = try db.query(
            """
            SELECT $1::text AS s, $2::bigint AS i, $3::float8 AS d, $4::bool AS b, $5::timestamptz AS t,
                   $6::bytea AS bytes, $7::text AS missing, $8::float8 AS nan, $9::text[] AS names,
                   $10::date AS day, $11::uuid AS id
            """,
            [
                "종로1·2·3·4가동 '; DROP TABLE cctv; --", Int.min, 0.1 + 0.2, true, when, blob,
                String?.none, Double.nan, ["강남구", "a\"b", "c\\d"], "2023-04-01",
                UUID(uuidString: "1E4E1C5A-0000-4000-8000-000000000001")!,
            ], purpose: "round-trip parameters")[0]
        #expect(try row.decode(String.self, column: "s") == "종로1·2·3·4가동 '; DROP TABLE cctv; --")
        #expect(try row.decode(Int.self, column: "i") == Int.min)
        #expect(try row.decode(Double.self, column: "d") == 0.1 + 0.2)
        #expect(try row.decode(Bool.self, column: "b"))
        #expect(try row.decode(Date.self, column: "t") == when)
        #expect(try row.decode(Data.self, column: "bytes") == blob)
        #expect(try row.decode(String?.self, column: "missing") == nil)
        #expect(try row.decode(Double.self, column: "nan").isNaN)
        #expect(row["names"] == #"{강남구,"a\"b","c\\d"}"#)
        #expect(try row.decode(Date.self, column: "day") == Date(timeIntervalSince1970: 1_680_307_200))
        #expect(try row.decode(UUID.self, column: "id").uuidString == "1E4E1C5A-0000-4000-8000-000000000001")
        // The injection attempt was data: the table is still there.
        #expect(
            try db.query("SELECT to_regclass('cctv') IS NOT NULL", purpose: "check")[0].decode(
                Bool.self, at: 0))
    }

    @Test func timestampsInOtherZonesDecode() throws {
        let db = try TestDatabase.connect()
        try db.executeScript("SET TimeZone = 'Asia/Seoul'", purpose: "set zone")
        let row = try db.query(
            "SELECT '2023-04-01 09:30:00+09'::timestamptz, '2023-04-01 00:30:00+05:30'::timestamptz",
            purpose: "read")[0]
        #expect(try row.decode(Date.self, at: 0) == Date(timeIntervalSince1970: 1_680_309_000))
        #expect(try row.decode(Date.self, at: 1) == Date(timeIntervalSince1970: 1_680_289_200))
    }

    struct Station: Decodable, Equatable {
        let name: String
        let boxes: Int
        let phone: String?
    }

    @Test func decodesRowsIntoDecodableTypes() throws {
        let db = try TestDatabase.connect()
        let rows = try db.query(
            "SELECT * FROM (VALUES ('강남경찰서', 8, '02-556-0112'), ('중부경찰서', 5, NULL)) AS v(name, boxes, phone) ORDER BY boxes",
            purpose: "read stations")
        #expect(rows.columns == ["name", "boxes", "phone"])
        let stations = try rows.decode(Station.self)
        #expect(
            stations == [
                Station(name: "중부경찰서", boxes: 5, phone: nil),
                Station(name: "강남경찰서", boxes: 8, phone: "02-556-0112"),
            ])
    }

    @Test func decodingErrorsNameTheColumn() throws {
        let db = try TestDatabase.connect()
        let row = try db.query("SELECT 'abc' AS code, NULL::int AS n", purpose: "read")[0]
        let notNumber = #expect(throws: StoreError.self) { try row.decode(Int.self, column: "code") }
        #expect(notNumber?.description.contains("\"code\"") == true)
        #expect(throws: StoreError.self) { try row.decode(Int.self, column: "n") }
        #expect(throws: StoreError.self) { try row.decode(Int.self, column: "nope") }
        #expect(throws: StoreError.self) { try row.decode(Int.self, at: 9) }
    }

    @Test func errorsCarrySQLStateMessageAndPurpose() throws {
        let db = try TestDatabase.connect()
        let error = #expect(throws: StoreError.self) {
            try db.query("SELECT * FROM no_such_table WHERE id = $1", [1], purpose: "read the missing table")
        }
        #expect(error?.sqlState == StoreError.Code.undefinedTable)
        #expect(error?.purpose == "read the missing table")
        #expect(error?.message.contains("no_such_table") == true)
        #expect(error?.description.contains("\n") == false)
        #expect(error?.description.hasPrefix("could not read the missing table: ") == true)
    }

    @Test func transactionsCommitOrRollBack() throws {
        let db = try TestDatabase.connect()
        try db.executeScript("CREATE TEMP TABLE tx_test (n int)", purpose: "create")
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try db.transaction(purpose: "insert then fail") { c in
                try c.execute("INSERT INTO tx_test VALUES ($1)", [1], purpose: "insert")
                throw Boom()
            }
        }
        try db.transaction(purpose: "insert") { c in
            try c.execute("INSERT INTO tx_test VALUES ($1), ($2)", [2, 3], purpose: "insert")
        }
        let n = try db.query("SELECT coalesce(sum(n), 0) FROM tx_test", purpose: "sum")[0].decode(
            Int.self, at: 0)
        #expect(n == 5)
        #expect(try db.execute("UPDATE tx_test SET n = n + 1", purpose: "update") == 2)
    }

    @Test func identifiersAreQuoted() throws {
        let db = try TestDatabase.connect()
        #expect(db.quoteIdentifier("cctv") == "\"cctv\"")
        #expect(db.quoteIdentifier("a\"b") == "\"a\"\"b\"")
    }
}

/// The README's store-layer example, kept compiling and running.
@Suite struct ReadmeExampleTests {
    @Test func readmeExampleRuns() throws {
        let db = try TestDatabase.connect()
        try db.executeScript("CREATE TEMP TABLE t (id bigint, x float8, y float8)", purpose: "create")
        let rows = try db.query(
            "SELECT name, ST_AsText(geom) FROM police_org WHERE kind = $1 AND ST_DWithin(geom, $2, $3)",
            ["box", Geometry.point(x: 953_898, y: 1_952_036, srid: 5179), 500.0],
            purpose: "find police boxes near City Hall")
        #expect(rows.columns == ["name", "st_astext"])
        try db.copyInBinary("COPY t (id, x, y) FROM STDIN (FORMAT binary)", purpose: "load points") { w in
            w.append(int64: 1)
            w.append(float8: 953_898.47)
            w.append(float8: 1_952_035.98)
            try w.endRow()
        }
        #expect(try db.query("SELECT x FROM t", purpose: "read")[0].decode(Double.self, at: 0) == 953_898.47)
    }
}
