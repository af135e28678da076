import AnsimHotline
import AnsimServer
import AnsimStore
import AnsimTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The 2,000,000 KRW relocation cap per victim, enforced by the database — also when
/// two payments race — and yearly programme budgets.
@Suite struct SupportLedgerTests {
    static func relocation(_ c: Connection, _ id: Int64, _ krw: Int) throws {
        try c.query(
            """
            INSERT INTO hotline_support (case_id, programme, amount_krw, provided_on, recorded_by)
            VALUES ($1, 'relocation', $2, '2026-11-20', 'test')
            """, [id, krw], purpose: "pay relocation")
    }

    @Test func theCapHoldsAcrossCasesOfOneVictim() throws {
        let f = try HotlineFixture("hotline_cap")
        let first = try f.openCase()
        let ref = try f.admin.query(
            "SELECT victim_ref FROM hotline_case WHERE id = $1", [first], purpose: "ref")[0]
            .decode(String.self, at: 0)
        var r = HotlineRequest.OpenCase(cityOrgID: f.orgs["city-b"]!, policeOrgID: nil, victimName: "홍길순")
        r.victimRef = ref
        let store = HotlineStore(cipher: f.cipher)
        let second = try f.admin.transaction(purpose: "second case") { try store.openCase(r, on: $0) }
        try Self.relocation(f.admin, first, 1_500_000)
        let error = #expect(throws: StoreError.self) { try Self.relocation(f.admin, second, 600_000) }
        #expect(error?.sqlState == "23514")
        #expect(
            error?.message.contains(
                "would exceed the 2000000 KRW cap: 1500000 KRW paid, 600000 KRW requested") == true)
        try Self.relocation(f.admin, second, 500_000)  // exactly the cap
        #expect(throws: StoreError.self) { try Self.relocation(f.admin, first, 1) }
    }

    @Test func twoConcurrentPaymentsCannotBothPass() throws {
        let f = try HotlineFixture("hotline_cap_race")
        let id = try f.openCase()
        let a = try Connection(.url(try TestDatabase.url(database: f.name)))
        let b = try Connection(.url(try TestDatabase.url(database: f.name)))
        let bPID = try b.query("SELECT pg_backend_pid()", purpose: "pid")[0].decode(Int.self, at: 0)
        try a.executeScript("BEGIN", purpose: "begin")
        try Self.relocation(a, id, 1_500_000)  // holds the victim's total row
        let second = Thread.detachNewThreadWithResult { try Self.relocation(b, id, 1_500_000) }
        // Wait until b is blocked on a's lock (observed, not timed).
        while try f.admin.query(
            "SELECT count(*) FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = 'Lock'", [bPID],
            purpose: "wait"
        )[0].decode(Int.self, at: 0) == 0 { usleep(1000) }
        try a.executeScript("COMMIT", purpose: "commit")
        let outcome = second.wait()
        #expect(throws: StoreError.self) { try outcome.get() }
        let total = try f.admin.query(
            "SELECT sum(amount_krw)::bigint, count(*) FROM hotline_support WHERE case_id = $1", [id],
            purpose: "sum")
        #expect(total[0][0] == "1500000")
        #expect(total[0][1] == "1")
    }

    @Test func twoConcurrentAPIRequestsYieldOnePayment() async throws {
        let f = try HotlineFixture("hotline_cap_api")
        try f.account("wk", .hotlineWorker, "city-a")
        try f.account("sv", .supervisor, "city-a")
        let id = try f.openCase()
        try await f.server.application.test(.router) { c in
            let t1 = try await f.login(c, "wk")
            let t2 = try await f.login(c, "sv")
            async let r1 = f.send(c, .post, "/hotline/cases/\(id)/support", token: t1, Self.pay())
            async let r2 = f.send(c, .post, "/hotline/cases/\(id)/support", token: t2, Self.pay())
            let statuses = [try await r1.0, try await r2.0].sorted()
            #expect(statuses == [201, 409])
            let show = try await f.send(c, .get, "/hotline/cases/\(id)", token: t1)
            #expect(show.1.contains(#""relocation_krw":1200000"#))
        }
    }

    static func pay() -> [String: Any] {
        ["programme": "relocation", "amount_krw": 1_200_000, "provided_on": "2026-11-20"]
    }

    @Test func aYearlyBudgetStopsSpending() throws {
        let f = try HotlineFixture("hotline_budget")
        let id = try f.openCase()
        try f.admin.query(
            "INSERT INTO hotline_budget (year, programme, org_id, amount_krw) VALUES (2026, 'relocation', $1, 1000000)",
            [f.orgs["city-a"]!], purpose: "budget")
        try Self.relocation(f.admin, id, 900_000)
        let error = #expect(throws: StoreError.self) { try Self.relocation(f.admin, id, 200_000) }
        #expect(error?.message.contains("budget") == true)
    }
}
