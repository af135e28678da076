import AnsimHotline
import AnsimServer
import AnsimStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Every role × every hotline endpoint × a case of the caller's own organisation or
/// another's, through the HTTP API: allowed or denied exactly as specified.
@Suite struct AuthorisationMatrixTests {
    /// Accounts: for each role one in an organisation on the case ("own") and one not ("other").
    static let accounts: [(AppRole, own: String, other: String)] = [
        (.hotlineWorker, "city-a", "city-b"), (.policeLiaison, "police-a", "police-b"),
        (.supervisor, "city-a", "city-b"), (.analyst, "city-a", "city-b"), (.admin, "city-a", "city-b"),
        (.dispatcher, "police-a", "police-b"), (.patrolOfficer, "police-a", "police-b"),
    ]

    typealias Call =
        @Sendable (HotlineFixture, any TestClientProtocol, String, Int64) async throws -> (Int, String)

    /// Endpoint, the call, and the expected status for (role, own) and (role, other).
    static func endpoints(_ f: HotlineFixture) -> [(String, Call, [AppRole: (Int, Int)])] {
        let caseRoles: (Int, Int) = (200, 404)
        let denied: (Int, Int) = (403, 403)
        func expect(_ allowed: [AppRole: (Int, Int)]) -> [AppRole: (Int, Int)] {
            var all: [AppRole: (Int, Int)] = [:]
            for r in AppRole.allCases { all[r] = allowed[r] ?? denied }
            return all
        }
        let a = f.orgs["city-a"]!, pa = f.orgs["police-a"]!
        return [
            (
                "GET case", { f, c, t, id in try await f.send(c, .get, "/hotline/cases/\(id)", token: t) },
                expect([.hotlineWorker: caseRoles, .policeLiaison: caseRoles, .supervisor: caseRoles])
            ),
            (
                "POST case",
                { f, c, t, _ in
                    try await f.send(
                        c, .post, "/hotline/cases", token: t,
                        ["city_org_id": a, "police_org_id": pa, "victim_name": "테스트 피해자"])
                },
                expect([.hotlineWorker: (201, 403), .policeLiaison: (201, 403), .supervisor: (201, 403)])
            ),
            (
                "POST assign",
                { f, c, t, id in
                    try await f.send(c, .post, "/hotline/cases/\(id)/assign", token: t, ["worker": "w-own"])
                },
                expect([.supervisor: caseRoles])
            ),
            (
                "POST risk",
                { f, c, t, id in
                    try await f.send(
                        c, .post, "/hotline/cases/\(id)/risk", token: t,
                        ["level": "high", "reason": "new threat"])
                },
                expect([.hotlineWorker: caseRoles, .policeLiaison: caseRoles, .supervisor: caseRoles])
            ),
            (
                "POST order",
                { f, c, t, id in
                    try await f.send(
                        c, .post, "/hotline/cases/\(id)/orders", token: t,
                        ["kind": "no_approach", "starts_on": "2026-11-01", "ends_on": "2027-02-01"])
                },
                expect([.policeLiaison: (201, 404), .supervisor: (201, 404)])
            ),
            (
                "POST place",
                { f, c, t, id in
                    try await f.send(
                        c, .post, "/hotline/cases/\(id)/places", token: t,
                        ["kind": "work", "x": 955_000.0, "y": 1_950_000.0, "address": "어딘가 1"])
                },
                expect([.hotlineWorker: (201, 404), .policeLiaison: (201, 404), .supervisor: (201, 404)])
            ),
            (
                "POST victim-location",
                { f, c, t, id in
                    try await f.send(
                        c, .post, "/hotline/cases/\(id)/victim-location", token: t,
                        ["x": 955_100.0, "y": 1_950_000.0])
                },
                expect([.hotlineWorker: caseRoles, .policeLiaison: caseRoles, .supervisor: caseRoles])
            ),
            (
                "POST support",
                { f, c, t, id in
                    try await f.send(
                        c, .post, "/hotline/cases/\(id)/support", token: t,
                        ["programme": "legal", "quantity": 1, "provided_on": "2026-11-20"])
                },
                expect([.hotlineWorker: (201, 404), .supervisor: (201, 404)])
            ),
            (
                "GET alerts",
                { f, c, t, id in
                    let (s, body) = try await f.send(c, .get, "/hotline/alerts?case=\(id)", token: t)
                    return (s == 200 && !body.contains("\"alerts\":[]") ? 200 : s == 200 ? 204 : s, body)
                },
                expect([.hotlineWorker: (200, 204), .policeLiaison: (200, 204), .supervisor: (200, 204)])
            ),
            (
                "POST close",
                { f, c, t, id in
                    try await f.send(c, .post, "/hotline/cases/\(id)/close", token: t, ["monitor_months": 6])
                },
                expect([.hotlineWorker: caseRoles, .policeLiaison: caseRoles, .supervisor: caseRoles])
            ),
            (
                "POST fixes",
                { f, c, t, _ in try await f.send(c, .post, "/hotline/fixes", token: t, ["fixes": []]) },
                expect([.policeLiaison: (200, 200), .supervisor: (200, 200)])
            ),
            (
                "GET stats", { f, c, t, _ in try await f.send(c, .get, "/hotline/stats", token: t) },
                expect([.analyst: (200, 200), .supervisor: (200, 200)])
            ),
            (
                "GET recurrence",
                { f, c, t, _ in try await f.send(c, .get, "/hotline/recurrence?month=2026-11", token: t) },
                expect([.analyst: (200, 200), .supervisor: (200, 200)])
            ),
            (
                "GET audit verify", { f, c, t, _ in try await f.send(c, .get, "/audit/verify", token: t) },
                expect([.admin: (200, 200)])
            ),
        ]
    }

    @Test func everyRoleEveryEndpointOwnAndOtherOrganisation() async throws {
        let f = try HotlineFixture("hotline_matrix")
        for (role, own, other) in Self.accounts {
            try f.account("\(role.rawValue)-own", role, own)
            try f.account("\(role.rawValue)-other", role, other)
        }
        let checked = try await f.server.application.test(.router) { c -> Int in
            var checked = 0
            var tokens: [String: String] = [:]
            for (role, _, _) in Self.accounts {
                for side in ["own", "other"] {
                    tokens["\(role.rawValue)-\(side)"] = try await f.login(c, "\(role.rawValue)-\(side)")
                }
            }
            for (name, call, expected) in Self.endpoints(f) {
                for (role, _, _) in Self.accounts {
                    for (side, want) in [("own", expected[role]!.0), ("other", expected[role]!.1)] {
                        let id = try f.openCase()  // a fresh case of city-a and police-a each time
                        try f.admin.query(
                            """
                            INSERT INTO hotline_place (case_id, kind, geom) VALUES ($1, 'home', ST_SetSRID(ST_MakePoint(1, 1), 5179));
                            """, [id], purpose: "a place")
                        try f.admin.query(
                            """
                            INSERT INTO hotline_alert (case_id, place_id, tag, level, fix_at, distance_m, recipients)
                            SELECT $1, id, 'T', 'warning', now(), 1500, '{}' FROM hotline_place WHERE case_id = $1
                            """, [id], purpose: "an alert")
                        let (status, body) = try await call(f, c, tokens["\(role.rawValue)-\(side)"]!, id)
                        #expect(
                            status == want,
                            "\(name) as \(role.rawValue) (\(side) organisation): \(status) \(body)")
                        checked += 1
                    }
                }
            }
            return checked
        }
        #expect(checked == 14 * 7 * 2)
    }
}
