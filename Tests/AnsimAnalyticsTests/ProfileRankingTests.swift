import AnsimAnalytics
import AnsimAnalyticsStore
import AnsimStore
import AnsimTestSupport
import Foundation
import Testing

/// Registered offenders ranked by a geographic profile: the pure ranking on a strip whose
/// surface is known by hand, and the audited, need-to-know ranking from the database.
@Suite(.serialized)
struct ProfileRankingTests {
    /// One row of 30 cells of 100 m in EPSG:5179; centres at x0, x0 + 100, … and y0.
    static let x0 = 950_000.0
    static let y0 = 1_950_000.0
    static let strip = Grid(xmin: x0 - 50, ymin: y0 - 50, cell: 100, rows: 1, cols: 30)

    /// Rossmo's CGT of one crime at the strip's first cell, B = 1000 m: p peaks at column 10
    /// and, beyond it, falls as d^−1.2; inside it, p = (2000 − d)^−1.2 / Σ.
    static func profile() throws -> GeographicProfile {
        try GeographicProfile.rossmo(xs: [x0], ys: [y0], grid: strip, buffer: 1000, f: 1.2, g: 1.2)
    }

    @Test func ranksPointsByTheSurfaceAtTheirCell() throws {
        let profile = try Self.profile()
        // Columns 25, 10, 5, 12, outside, 10 again (tied with the second: input order kept).
        let cols = [25.0, 10, 5, 12, 80, 10]
        let (ranks, outside) = profile.rank(
            xs: cols.map { Self.x0 + $0 * 100 + 20 }, ys: cols.map { _ in Self.y0 + 10 })
        #expect(outside == 1)
        #expect(ranks.map(\.index) == [1, 5, 3, 2, 0])
        // p by hand: column c at d = 100c; d ≤ B → (2000 − d)^−1.2, else d^−1.2, over Σ.
        let raw = (0..<30).map { c -> Double in
            let d = Double(c) * 100
            return d > 1000 ? pow(d, -1.2) : pow(2000 - d, -1.2)
        }
        let total = raw.reduce(0, +)
        for (r, c) in zip(ranks, [10, 10, 12, 5, 25]) {
            #expect(abs(r.p - raw[c] / total) <= 1e-15)
            #expect(r.searched == 100 * Double(raw.count { $0 >= raw[c] }) / 30)
        }
        #expect(ranks[0].searched == 100.0 / 30)
        let none = profile.rank(xs: [.nan], ys: [0])
        #expect(none.ranks.isEmpty && none.outside == 1)
    }

    /// A scratch database with six registered offenders along the strip.
    static func database() throws -> (String, Connection) {
        let (name, c) = try TestDatabase.migratedScratch("profile_rank")
        // id: column (class): 1: 25, 2: 10, 3: 5, 4: 12 (성폭력); 5: outside; 6: 11 (절도).
        let people: [(Double, String)] = [(25, "성폭력"), (10, "성폭력"), (5, "성폭력"), (12, "성폭력"), (80, "성폭력"), (11, "절도")]
        for (i, (col, cls)) in people.enumerated() {
            try c.query(
                """
                INSERT INTO registered_offender (id, ref, name, birth_year, address, offence_class, released_on,
                  synthetic, geom)
                VALUES ($1, $2, $3, 1980, $4, $5, '2020-01-01', true, ST_SetSRID(ST_MakePoint($6, $7), 5179))
                """,
                [
                    i + 1, "R-0000000\(i + 1)", "합성 \(i + 1)", "서울 (synthetic address \(i + 1))", cls,
                    x0 + col * 100 + 20, y0 + 10,
                ], purpose: "test offender")
        }
        return (name, c)
    }

    /// Runs `body` as `role` the way the server and CLI do (ansim_api, SET LOCAL ROLE).
    static func asRole<T>(_ role: String, _ c: Connection, _ body: (Connection) throws -> T) throws -> T {
        try c.executeScript(
            "SET SESSION AUTHORIZATION ansim_api; BEGIN; SET LOCAL ROLE \(role)", purpose: "act as \(role)")
        defer { try? c.executeScript("RESET SESSION AUTHORIZATION", purpose: "back to the superuser") }
        do {
            try c.query("SELECT set_config('ansim.user', 'tester', true)", purpose: "name the actor")
            let value = try body(c)
            try c.executeScript("COMMIT", purpose: "commit")
            return value
        } catch {
            try? c.executeScript("ROLLBACK", purpose: "roll back")
            throw error
        }
    }

    @Test func dispatcherGetsIdentitiesInSurfaceOrderAndTheRankingIsAudited() throws {
        let (name, c) = try Self.database()
        defer { TestDatabase.dropScratch(name) }
        let profile = try Self.profile()
        let (all, inside) = try Self.asRole("ansim_dispatcher", c) {
            try OffenderRanking.rank(
                profile: profile, top: 10, role: "ansim_dispatcher", purpose: "test", subject: "case:T-1", on: $0)
        }
        #expect(inside == 5)
        #expect(all.map(\.id) == [2, 6, 4, 3, 1])
        #expect(all.map(\.rank) == [1, 2, 3, 4, 5])
        #expect(all[0].name == "합성 2" && all[0].address == "서울 (synthetic address 2)" && all[0].birthYear == 1980)
        #expect(all[0].ref == "R-00000002" && all[0].x == Self.x0 + 1020)
        let expected = [10, 11, 12, 5, 25].map { col in
            profile.p[Self.strip.index(row: 0, col: col)]
        }
        #expect(all.map(\.p) == expected)
        let (sexual, _) = try Self.asRole("ansim_patrol_officer", c) {
            try OffenderRanking.rank(
                profile: profile, offenceClasses: ["성폭력"], top: 2, role: "ansim_patrol_officer", purpose: "test",
                on: $0)
        }
        #expect(sexual.map(\.id) == [2, 4])
        let audit = try c.query(
            "SELECT actor, actor_role, subject, action FROM ansim_audit ORDER BY seq", purpose: "read the audit")
        #expect(audit.count == 2)
        #expect(audit[0]["actor"] == "tester" && audit[0]["actor_role"] == "ansim_dispatcher")
        #expect(audit[0]["subject"] == "case:T-1")
        #expect(audit[0]["action"]?.hasSuffix("ranked: R-00000002,R-00000006,R-00000004,R-00000003,R-00000001") == true)
        #expect(audit[1]["action"]?.hasSuffix("ranked: R-00000002,R-00000004") == true)
    }

    @Test func analystGetsTheRankingWithoutIdentitiesAndOthersAreRefused() throws {
        let (name, c) = try Self.database()
        defer { TestDatabase.dropScratch(name) }
        let profile = try Self.profile()
        let (ranked, _) = try Self.asRole("ansim_analyst", c) {
            try OffenderRanking.rank(profile: profile, top: 3, role: "ansim_analyst", purpose: "test", on: $0)
        }
        #expect(ranked.map(\.p) == [10, 11, 12].map { profile.p[Self.strip.index(row: 0, col: $0)] })
        #expect(ranked.map(\.offenceClass) == ["성폭력", "절도", "성폭력"])
        for o in ranked {
            #expect(o.id == nil && o.ref == nil && o.x == nil && o.y == nil)
            #expect(o.name == nil && o.birthYear == nil && o.address == nil)
        }
        // The database itself keeps names from analysts (column privileges).
        #expect(throws: (any Error).self) {
            try Self.asRole("ansim_analyst", c) {
                try $0.query("SELECT name FROM registered_offender", purpose: "read names as an analyst")
            }
        }
        #expect(throws: (any Error).self) {
            try Self.asRole("ansim_hotline_worker", c) {
                try OffenderRanking.rank(
                    profile: profile, top: 3, role: "ansim_hotline_worker", purpose: "test", on: $0)
            }
        }
        let audit = try c.query(
            "SELECT actor_role, action FROM ansim_audit ORDER BY seq", purpose: "read the audit")
        #expect(audit.count == 1)
        #expect(audit[0]["actor_role"] == "ansim_analyst")
        #expect(audit[0]["action"]?.contains("3 returned without identities") == true)
    }
}
