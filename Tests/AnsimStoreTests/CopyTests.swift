import AnsimStore
import AnsimTestSupport
import Foundation
import Testing

/// COPY FROM STDIN through the store layer: every row lands, and a failure leaves nothing.
@Suite struct CopyTests {
    func table(_ db: Connection) throws -> String {
        let name = "copy_test_\(UInt32.random(in: 0...UInt32.max))"
        try db.executeScript(
            "CREATE TABLE \(db.quoteIdentifier(name)) (id bigint PRIMARY KEY, x double precision, y double precision, label text)",
            purpose: "create a test table")
        return name
    }

    func count(_ db: Connection, _ table: String) throws -> Int {
        try db.query("SELECT count(*) FROM \(db.quoteIdentifier(table))", purpose: "count")[0].decode(
            Int.self, at: 0)
    }

    @Test func textCopyOf100000RowsLandsExactly() throws {
        let db = try TestDatabase.connect()
        let t = try table(db)
        defer { _ = try? db.executeScript("DROP TABLE \(db.quoteIdentifier(t))", purpose: "drop") }
        let loaded = try db.copyIn(
            "COPY \(db.quoteIdentifier(t)) (id, x, y, label) FROM STDIN", purpose: "load"
        ) { w in
            for i in 1...100_000 {
                w.append(i)
                w.append(Double(i) * 0.5)
                w.append(-Double(i) / 3)
                // Text that needs escaping: tab, newline, backslash, Korean.
                w.append(i % 1000 == 0 ? "탭\t줄\n역\\슬래시" : i % 777 == 0 ? nil : "행 \(i)")
                try w.endRow()
            }
        }
        #expect(loaded == 100_000)
        #expect(try count(db, t) == 100_000)
        let sums = try db.query(
            "SELECT sum(id), sum(x), count(label), max(label) FILTER (WHERE id = 1000) FROM \(db.quoteIdentifier(t))",
            purpose: "check")[0]
        #expect(try sums.decode(Int.self, at: 0) == 5_000_050_000)
        #expect(try sums.decode(Double.self, at: 1) == 2_500_025_000)
        #expect(try sums.decode(Int.self, at: 2) == 100_000 - 128)  // 128 multiples of 777 are NULL
        #expect(sums[3] == "탭\t줄\n역\\슬래시")
        let third = try db.query("SELECT y FROM \(db.quoteIdentifier(t)) WHERE id = 7", purpose: "read")[0]
        #expect(try third.decode(Double.self, at: 0) == -7.0 / 3)
    }

    @Test func binaryCopyOf100000RowsLandsExactly() throws {
        let db = try TestDatabase.connect()
        let t = try table(db)
        defer { _ = try? db.executeScript("DROP TABLE \(db.quoteIdentifier(t))", purpose: "drop") }
        let loaded = try db.copyInBinary(
            "COPY \(db.quoteIdentifier(t)) (id, x, y, label) FROM STDIN (FORMAT binary)", purpose: "load"
        ) { w in
            for i in 1...100_000 {
                w.append(int64: Int64(i))
                w.append(float8: Double(i) * 0.1)
                w.append(float8: .pi * Double(i))
                w.append(text: i == 5 ? nil : "지구대 \(i)")
                try w.endRow()
            }
        }
        #expect(loaded == 100_000)
        let row = try db.query(
            "SELECT count(*), count(label), sum(id) FROM \(db.quoteIdentifier(t))", purpose: "check")[0]
        #expect(try row.decode(Int.self, at: 0) == 100_000)
        #expect(try row.decode(Int.self, at: 1) == 99_999)
        #expect(try row.decode(Int.self, at: 2) == 5_000_050_000)
        let one = try db.query(
            "SELECT x, y, label FROM \(db.quoteIdentifier(t)) WHERE id = 12345", purpose: "read")[0]
        #expect(try one.decode(Double.self, at: 0) == 12345 * 0.1)
        #expect(try one.decode(Double.self, at: 1) == .pi * 12345)
        #expect(one[2] == "지구대 12345")
    }

    @Test func serverRejectionMidwayLeavesNothing() throws {
        let db = try TestDatabase.connect()
        let t = try table(db)
        defer { _ = try? db.executeScript("DROP TABLE \(db.quoteIdentifier(t))", purpose: "drop") }
        let error = #expect(throws: StoreError.self) {
            try db.copyIn(
                "COPY \(db.quoteIdentifier(t)) (id, x, y, label) FROM STDIN", purpose: "load test rows"
            ) { w in
                for i in 1...60_000 {
                    // Row 50,000 repeats a primary key: the server rejects the COPY.
                    w.append(i == 50_000 ? 1 : i)
                    w.append(1.0)
                    w.append(2.0)
                    w.append("ok")
                    try w.endRow()
                }
            }
        }
        #expect(error?.sqlState == StoreError.Code.uniqueViolation)
        #expect(error?.purpose == "load test rows")
        #expect(try count(db, t) == 0)
        // The connection is still usable.
        #expect(try db.query("SELECT 1", purpose: "ping")[0].decode(Int.self, at: 0) == 1)
    }

    @Test func badTextMidwayNamesTheLineAndLeavesNothing() throws {
        let db = try TestDatabase.connect()
        let t = try table(db)
        defer { _ = try? db.executeScript("DROP TABLE \(db.quoteIdentifier(t))", purpose: "drop") }
        let error = #expect(throws: StoreError.self) {
            try db.copyIn("COPY \(db.quoteIdentifier(t)) (id, x, y, label) FROM STDIN", purpose: "load") {
                w in
                for i in 1...20_000 {
                    w.append(i)
                    if i == 12_345 { w.append("not a number") } else { w.append(1.5) }
                    w.append(2.0)
                    w.append("ok")
                    try w.endRow()
                }
            }
        }
        #expect(error?.sqlState == StoreError.Code.invalidTextRepresentation)
        #expect(error?.description.contains("line 12345") == true, "\(String(describing: error))")
        #expect(try count(db, t) == 0)
    }

    struct Interrupted: Error {}

    @Test func throwingMidwayLeavesNothing() throws {
        let db = try TestDatabase.connect()
        let t = try table(db)
        defer { _ = try? db.executeScript("DROP TABLE \(db.quoteIdentifier(t))", purpose: "drop") }
        #expect(throws: Interrupted.self) {
            try db.copyIn("COPY \(db.quoteIdentifier(t)) (id, x, y, label) FROM STDIN", purpose: "load") {
                w in
                for i in 1...80_000 {
                    if i == 70_000 { throw Interrupted() }
                    w.append(i)
                    w.append(1.0)
                    w.append(2.0)
                    w.append("ok")
                    try w.endRow()
                }
            }
        }
        #expect(try count(db, t) == 0)
        #expect(db.isHealthy)
    }

    @Test func binaryTypeMismatchIsRefused() throws {
        let db = try TestDatabase.connect()
        let t = try table(db)
        defer { _ = try? db.executeScript("DROP TABLE \(db.quoteIdentifier(t))", purpose: "drop") }
        #expect(throws: StoreError.self) {
            try db.copyInBinary(
                "COPY \(db.quoteIdentifier(t)) (id, x, y, label) FROM STDIN (FORMAT binary)", purpose: "load"
            ) { w in
                w.append(int32: 1)  // id is bigint: 4 bytes where 8 are due
                w.append(float8: 1)
                w.append(float8: 2)
                w.append(text: "x")
                try w.endRow()
            }
        }
        #expect(try count(db, t) == 0)
    }

    @Test func notACopyStatementIsRefused() throws {
        let db = try TestDatabase.connect()
        let error = #expect(throws: StoreError.self) {
            try db.copyIn("SELECT 1", purpose: "load") { _ in }
        }
        #expect(error?.message.contains("not a COPY") == true)
    }
}
