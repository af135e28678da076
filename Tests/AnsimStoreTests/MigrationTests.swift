import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// Migrations apply in order, once, and refuse edited history.
@Suite struct MigrationTests {
    func folder(_ files: [String: String]) throws -> String {
        let dir = try TestEnvironment.temporaryFolder("ansim-migrations")
        for (name, sql) in files {
            try sql.write(toFile: "\(dir)/\(name)", atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func applyingTwiceChangesNothing() throws {
        let (name, db) = try TestDatabase.scratchDatabase("migr_twice")
        defer { TestDatabase.dropScratch(name) }
        let dir = try folder([
            "001_first.sql": "CREATE TABLE a (id int PRIMARY KEY);",
            "002_second.sql": "CREATE TABLE b (id int REFERENCES a); INSERT INTO a VALUES (1);",
        ])
        let migrator = try Migrator(directory: dir)
        #expect(try migrator.migrate(on: db).map(\.name) == ["001_first.sql", "002_second.sql"])
        #expect(try migrator.migrate(on: db).isEmpty)
        let applied = try migrator.applied(on: db)
        #expect(applied.map(\.version) == [1, 2])
        #expect(applied[0].checksum == SHA256.hex(Data("CREATE TABLE a (id int PRIMARY KEY);".utf8)))
        #expect(try db.query("SELECT count(*) FROM a", purpose: "count")[0].decode(Int.self, at: 0) == 1)
    }

    @Test func theShippedMigrationsApplyCleanlyAndTwice() throws {
        let (name, db) = try TestDatabase.scratchDatabase("migr_shipped")
        defer { TestDatabase.dropScratch(name) }
        let migrator = try Migrator(directory: TestEnvironment.repositoryRoot + "/sql")
        #expect(try !migrator.migrate(on: db).isEmpty)
        #expect(try migrator.migrate(on: db).isEmpty)
        // Base tables have SRID-explicit geometry and a GiST index.
        let rows = try db.query(
            """
            SELECT f_table_name, srid, (SELECT count(*) FROM pg_indexes i
                 WHERE i.tablename = f_table_name AND i.indexdef LIKE '%USING gist (' || f_geometry_column || ')%') AS gist
            FROM geometry_columns WHERE f_table_name IN ('admin_area', 'police_org', 'cctv') ORDER BY 1, f_geometry_column
            """, purpose: "inspect geometry columns")
        #expect(rows.count == 4)
        for r in rows {
            #expect(try r.decode(Int.self, at: 1) == 5179)
            #expect(try r.decode(Int.self, at: 2) == 1, "\(r[0] ?? "")")
        }
    }

    @Test func anEditedAppliedMigrationIsRefused() throws {
        let (name, db) = try TestDatabase.scratchDatabase("migr_edit")
        defer { TestDatabase.dropScratch(name) }
        let dir = try folder(["001_first.sql": "CREATE TABLE a (id int);"])
        try Migrator(directory: dir).migrate(on: db)
        try "CREATE TABLE a (id bigint);".write(
            toFile: "\(dir)/001_first.sql", atomically: true, encoding: .utf8)
        let error = #expect(throws: AnsimError.self) { try Migrator(directory: dir).migrate(on: db) }
        #expect(error?.description.contains("001_first.sql was edited after it was applied") == true)
        try "CREATE TABLE a (id int);".write(
            toFile: "\(dir)/001_first.sql", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: "\(dir)/001_first.sql")
        let missing = #expect(throws: AnsimError.self) { try Migrator(directory: dir).migrate(on: db) }
        #expect(missing?.description.contains("missing") == true)
    }

    @Test func aFailingMigrationRollsBackAndNamesTheLine() throws {
        let (name, db) = try TestDatabase.scratchDatabase("migr_fail")
        defer { TestDatabase.dropScratch(name) }
        let dir = try folder([
            "001_ok.sql": "CREATE TABLE a (id int);",
            "002_bad.sql": "CREATE TABLE b (id int);\nINSERT INTO b VALUES (1);\nSELEC oops;\n",
        ])
        let error = #expect(throws: StoreError.self) { try Migrator(directory: dir).migrate(on: db) }
        #expect(error?.purpose == "apply migration 002_bad.sql (line 3)")
        #expect(error?.sqlState == "42601")
        #expect(try db.query("SELECT to_regclass('b') IS NULL", purpose: "check")[0].decode(Bool.self, at: 0))
        #expect(try Migrator(directory: dir).applied(on: db).map(\.version) == [1])
    }

    @Test func misnamedOrDuplicateFilesAreRefused() throws {
        let misnamed = try folder(["1_first.sql": "SELECT 1;"])
        #expect(throws: AnsimError.self) { try Migrator(directory: misnamed) }
        let duplicate = try folder(["001_a.sql": "SELECT 1;", "001_b.sql": "SELECT 2;"])
        let error = #expect(throws: AnsimError.self) { try Migrator(directory: duplicate) }
        #expect(error?.description.contains("share the number 001") == true)
        #expect(throws: AnsimError.self) { try Migrator(directory: "/nonexistent/sql") }
    }

    @Test func concurrentMigratorsApplyOnce() async throws {
        let (name, db) = try TestDatabase.scratchDatabase("migr_race")
        defer { TestDatabase.dropScratch(name) }
        _ = db
        let dir = try folder([
            "001_a.sql": "CREATE TABLE a (id int); SELECT pg_sleep(0.2);",
            "002_b.sql": "CREATE TABLE b (id int);",
        ])
        let settings = try TestDatabase.settings()
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    let c = try Connection(settings, database: name)
                    return try Migrator(directory: dir).migrate(on: c).count
                }
            }
            var all: [Int] = []
            for try await n in group { all.append(n) }
            return all
        }
        #expect(counts.reduce(0, +) == 2)
    }
}
