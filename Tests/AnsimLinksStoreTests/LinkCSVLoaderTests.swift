import AnsimLinks
import AnsimLinksStore
import AnsimStore
import AnsimTestSupport
import Foundation
import Testing

/// The three exports through the ETL's rules: every row loaded or quarantined with its
/// file, line and reason, counts that add up, and a second load that changes nothing.
@Suite(.serialized) struct LinkCSVLoaderTests {
    static let database = Result { try TestDatabase.migratedScratch("links_csv") }

    static func file(_ name: String, _ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ansim-links-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func run(_ c: Connection, _ id: Int64) throws -> [Int] {
        let r = try c.query(
            """
            SELECT rows_read, rows_loaded, rows_unchanged, rows_quarantined, rows_duplicate FROM etl_run
            WHERE id = $1 AND status = 'succeeded'
            """, [id], purpose: "read the run")[0]
        return try (0..<5).map { try r.decode(Int.self, at: $0) }
    }

    @Test func callDetailRecordsQuarantineBadRowsAndLoadOnce() throws {
        let c = try Self.database.get().connection
        let path = try Self.file(
            "cdr.csv",
            """
            caller,callee,start,duration_s
            010-1111-0001,010-1111-0002,2024-01-05T14:03:00+09:00,61
            010-1111-0002,010-1111-0003,2024-01-05 15:00,0
            010-1111-0001,,2024-01-05T16:00:00+09:00,12
            010-1111-0001,010-1111-0003,2024-13-05T16:00:00+09:00,12
            010-1111-0003,010-1111-0003,2024-01-05T16:00:00+09:00,5
            010-1111-0001,010-1111-0002,2024-01-05T14:03:00+09:00,61
            010 1111 0004,010-1111-0001,20240106090000,30

            010-1111-0004,010-1111-0001,20240106090000,-3
            010-1111-0003,010-1111-0001,20240106100000,
            """)
        let loader = LinkCSVLoader(connection: c)
        let first = try loader.load(path, as: .cdr)
        print(first.summary)
        for p in first.problems { print("  row \(p.row): \(p.reason)") }
        #expect(first.read == 9, "the blank line is not a row")
        #expect(first.loaded == 3 && first.unchanged == 0 && first.duplicate == 1 && first.quarantined == 5)
        #expect(first.read == first.loaded + first.unchanged + first.quarantined + first.duplicate)
        #expect(first.problems.map(\.row) == [4, 5, 6, 8, 10])
        #expect(first.problems.map(\.reason) == [
            "missing callee", "bad start \"2024-13-05T16:00:00+09:00\"", "caller and callee are the same",
            "bad caller \"010 1111 0004\"", "bad duration_s \"-3\"",
        ])
        #expect(first.newEntities == 3)
        #expect(try Self.run(c, first.runID) == [9, 3, 0, 5, 1])
        let kept = try c.query(
            "SELECT file, row_number, reason FROM etl_quarantine WHERE run_id = $1 ORDER BY row_number", [first.runID],
            purpose: "read the quarantine")
        #expect(kept.count == 6, "five quarantined rows and the duplicate, each with its file and line")
        for row in kept { #expect(try row.decode(String.self, at: 0) == path) }
        #expect(try kept.map { try $0.decode(Int.self, at: 1) } == [4, 5, 6, 7, 8, 10])
        #expect(try kept[3].decode(String.self, at: 2) == "duplicate: same natural key as row 2")
        let times = try c.query(
            "SELECT extract(epoch FROM at)::bigint, duration_s FROM link WHERE source = 'cdr' ORDER BY source_row",
            purpose: "times")
        #expect(try times[0].decode(Int64.self, at: 0) == 1_704_430_980, "14:03 KST = 05:03 UTC")
        #expect(try times[0].decode(Int?.self, at: 1) == 61)
        #expect(try times[2].decode(Int?.self, at: 1) == nil)

        let version = try LinksStore.version(on: c)
        let again = try loader.load(path, as: .cdr)
        #expect(again.loaded == 0 && again.unchanged == 3 && again.newEntities == 0)
        #expect(again.quarantined == 5 && again.duplicate == 1)
        #expect(try Self.run(c, again.runID) == [9, 0, 3, 5, 1])
        #expect(try c.query("SELECT count(*) FROM link WHERE source = 'cdr'", purpose: "n")[0].decode(Int.self, at: 0) == 3)
        #expect(try LinksStore.version(on: c) >= version)
    }

    @Test func transfersAndCasePersonsKeepEntityKinds() throws {
        let c = try Self.database.get().connection
        let loader = LinkCSVLoader(connection: c)
        _ = try loader.load(try Self.file("cdr0.csv", "caller,callee,start\nP-1,P-2,2024-02-01T10:00:00Z\n"), as: .cdr)
        let transfers = try loader.load(
            try Self.file(
                "transfers.csv",
                """
                transaction_id,from_account,to_account,time,amount_krw
                T-1,A-1,A-2,2024-02-01T10:00:00+09:00,"1,500,000"
                T-2,A-2,A-3,2024-02-01T11:00:00+09:00,750000
                T-3,A-2,P-1,2024-02-01T11:00:00+09:00,750000
                T-4,A-2,A-3,2024-02-01T12:00:00+09:00,0
                T-1,A-1,A-2,2024-02-01T10:00:00+09:00,1500000
                """), as: .transfers)
        #expect(transfers.loaded == 2 && transfers.quarantined == 2 && transfers.duplicate == 1)
        #expect(transfers.problems.map(\.reason) == ["kind conflict: P-1 is a phone, not account", "bad amount_krw \"0\""])
        let cases = try loader.load(
            try Self.file(
                "case_persons.csv",
                """
                case_ref,person_ref,role,time
                CASE-1,H-1,victim,2024-02-02
                CASE-1,H-2,suspect,2024-02-02T09:00
                CASE-1,H-3,witness,2024-02-02T09:00
                """), as: .casePersons)
        #expect(cases.loaded == 1 && cases.quarantined == 2)
        #expect(cases.problems.map(\.reason) == ["bad time \"2024-02-02\"", "role \"witness\" is not linked"])
        let g = try LinksStore.loadGraph(on: c)  // as the owner (the loader's policy)
        let flow = g.graph.moneyFlow(from: try g.entity("A-1"), forward: true)
        #expect(flow.stops.map { g.ref($0.index) } == ["A-1", "A-2", "A-3"])
        #expect(g.graph.entities[try g.entity("CASE-1")].kind == .crimeCase)
        #expect(!g.synthetic)
        #expect(throws: (any Error).self) { try loader.load(try Self.file("bad.csv", "a,b\n1,2\n"), as: .transfers) }
    }

    @Test func timesOfTheExports() {
        #expect(LinkTime.parse("2024-01-05T14:03:00+09:00") == 1_704_430_980)
        #expect(LinkTime.parse("2024-01-05T05:03:00Z") == 1_704_430_980)
        #expect(LinkTime.parse("2024-01-05 14:03") == 1_704_430_980)
        #expect(LinkTime.parse("20240105140300") == 1_704_430_980)
        #expect(LinkTime.parse("2024-01-05T14:03:00.250+0900") == 1_704_430_980)
        for bad in ["", "2024-02-30T00:00", "2024-01-05", "2024-01-05T25:00", "2024-01-05T14:03+9", "yesterday"] {
            #expect(LinkTime.parse(bad) == nil, "\(bad)")
        }
    }
}
