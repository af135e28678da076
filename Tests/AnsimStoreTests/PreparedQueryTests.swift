import AnsimStore
import AnsimTestSupport
import Foundation
import Testing

/// `Connection.preparedQuery`: prepared once per connection, re-bound with each call's
/// values, row-level security re-checked for the role of each call, and a bounded cache.
@Suite struct PreparedQueryTests {
    @Test func aStatementIsPreparedOnceAndBoundWithEachCallsValues() throws {
        let db = try TestDatabase.connect()
        let sql = "SELECT $1::int8 * 2, $2::text || '!'"
        for (n, word) in [(1, "하나"), (21, "둘"), (-4, "'; DROP TABLE x; --")] {
            let row = try db.preparedQuery(sql, [n, word], purpose: "double")[0]
            #expect(try row.decode(Int64.self, at: 0) == Int64(n * 2))
            #expect(try row.decode(String.self, at: 1) == word + "!")
        }
        #expect(db.preparedStatements == 1)
        let nulls = try db.preparedQuery(sql, [Int?.none, "x"], purpose: "double")[0]
        #expect(try nulls.decode(Int64?.self, at: 0) == nil)
        #expect(db.preparedStatements == 1)
    }

    @Test func rowLevelSecurityFollowsTheRoleOfEachCall() throws {
        let (name, db) = try TestDatabase.scratchDatabase("prepared_rls")
        defer { TestDatabase.dropScratch(name) }
        let suffix = String(UInt32.random(in: 0...UInt32.max))
        let (a, b) = ("prep_a_\(suffix)", "prep_b_\(suffix)")
        try db.executeScript(
            """
            CREATE ROLE \(a); CREATE ROLE \(b);
            CREATE TABLE note (owner text, body text);
            INSERT INTO note VALUES ('\(a)', 'for a'), ('\(b)', 'for b'), ('\(b)', 'also b');
            ALTER TABLE note ENABLE ROW LEVEL SECURITY;
            CREATE POLICY own ON note USING (owner = current_user);
            GRANT SELECT ON note TO \(a), \(b);
            """, purpose: "set up")
        defer {
            try? db.executeScript(
                "RESET ROLE; DROP TABLE note; DROP ROLE \(a); DROP ROLE \(b)", purpose: "clean")
        }
        let sql = "SELECT body FROM note WHERE body LIKE $1 ORDER BY body"
        try db.executeScript("SET ROLE \(a)", purpose: "as a")
        #expect(
            try db.preparedQuery(sql, ["%"], purpose: "read").map { try $0.decode(String.self, at: 0) } == [
                "for a"
            ])
        try db.executeScript("SET ROLE \(b)", purpose: "as b")
        // Same prepared statement, another role: PostgreSQL re-plans with b's policy.
        #expect(
            try db.preparedQuery(sql, ["%"], purpose: "read").map { try $0.decode(String.self, at: 0) } == [
                "also b", "for b",
            ])
        try db.executeScript("SET ROLE \(a)", purpose: "as a again")
        #expect(try db.preparedQuery(sql, ["%b"], purpose: "read").isEmpty)
        #expect(db.preparedStatements == 1)
    }

    @Test func pastTheLimitStatementsRunUnprepared() throws {
        let db = try TestDatabase.connect()
        for k in 0..<70 {
            let row = try db.preparedQuery("SELECT \(k) + $1::int", [1], purpose: "count")[0]
            #expect(try row.decode(Int.self, at: 0) == k + 1)
        }
        #expect(db.preparedStatements == 64)
        // A statement already prepared still runs prepared.
        #expect(
            try db.preparedQuery("SELECT 3 + $1::int", [1], purpose: "again")[0].decode(Int.self, at: 0) == 4)
    }

    @Test func aStatementThatDoesNotPrepareNamesItsPurpose() throws {
        let db = try TestDatabase.connect()
        #expect {
            try db.preparedQuery("SELEC $1", [1], purpose: "read the moon")
        } throws: { error in
            "\(error)".contains("prepare: read the moon") && "\(error)".contains("syntax error")
        }
        // Nothing was cached: the next valid statement prepares and runs.
        #expect(db.preparedStatements == 0)
        #expect(try db.preparedQuery("SELECT $1::int", [7], purpose: "read")[0].decode(Int.self, at: 0) == 7)
    }
}
