import AnsimServer
import AnsimStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Log-in, lock-out, TOTP, sessions: through the HTTP API on a real database.
@Suite struct AuthenticationTests {
    func post(_ c: some TestClientProtocol, _ user: String, _ password: String, _ totp: String? = nil)
        async throws
        -> (Int, String)
    {
        var body: [String: String] = ["username": user, "password": password]
        if let totp { body["totp"] = totp }
        let data = try JSONSerialization.data(withJSONObject: body)
        return try await c.execute(uri: "/auth/login", method: .post, body: ByteBuffer(bytes: data)) {
            ($0.status.code, String(buffer: $0.body))
        }
    }

    @Test func fiveFailuresLockTheAccountForTenMinutes() async throws {
        let f = try ServerFixture("auth_lock")
        try f.account("ana", .analyst, "city-a")
        try await f.server.application.test(.router) { c in
            for _ in 0..<5 {
                #expect(try await post(c, "ana", "wrong password!!").0 == 401)
            }
            let locked = try await post(c, "ana", ServerFixture.password)
            #expect(locked.0 == 423)
            #expect(locked.1.contains("locked until"))
            f.clock.advance(by: 9 * 60)
            #expect(try await post(c, "ana", ServerFixture.password).0 == 423)
            f.clock.advance(by: 61)
            #expect(try await post(c, "ana", ServerFixture.password).0 == 200)
        }
        let audit = try f.admin.query(
            "SELECT count(*) FROM ansim_audit WHERE subject = 'account:ana' AND action LIKE 'login refused%'",
            purpose: "count refusals")
        // 4 bad passwords, the 5th that locks, 2 refusals while locked.
        #expect(try audit[0].decode(Int.self, at: 0) == 7)
    }

    @Test func hotlineRolesNeedATOTPCodeAndACodeWorksOnce() async throws {
        let f = try ServerFixture("auth_totp")
        try f.account("wk", .hotlineWorker, "city-a")
        try await f.server.application.test(.router) { c in
            let noCode = try await post(c, "wk", ServerFixture.password)
            #expect(noCode.0 == 401)
            #expect(noCode.1.contains("needs a TOTP code"))
            #expect(try await post(c, "wk", ServerFixture.password, "000000").0 == 401)
            let code = f.code("wk")!
            #expect(try await post(c, "wk", ServerFixture.password, code).0 == 200)
            #expect(try await post(c, "wk", ServerFixture.password, code).0 == 401)  // replayed
        }
    }

    @Test func sessionsEndAfterThirtyIdleMinutesAndAtLogout() async throws {
        let f = try ServerFixture("auth_session")
        try f.account("adm", .admin, "city-a")
        try await f.server.application.test(.router) { c in
            let token = try await f.login(c, "adm")
            #expect(try await c.execute(uri: "/auth/me", method: .get, headers: .bearer(token)).status == .ok)
            f.clock.advance(by: 29 * 60)
            #expect(try await c.execute(uri: "/auth/me", method: .get, headers: .bearer(token)).status == .ok)
            f.clock.advance(by: 29 * 60)  // 29 min after the last request: still alive
            #expect(try await c.execute(uri: "/auth/me", method: .get, headers: .bearer(token)).status == .ok)
            f.clock.advance(by: 30 * 60 + 1)
            let expired = try await c.execute(uri: "/auth/me", method: .get, headers: .bearer(token))
            #expect(expired.status == .unauthorized)
            #expect(String(buffer: expired.body).contains("expired after 30 minutes"))

            let second = try await f.login(c, "adm")
            #expect(
                try await c.execute(uri: "/auth/logout", method: .post, headers: .bearer(second)).status
                    == .noContent)
            #expect(
                try await c.execute(uri: "/auth/me", method: .get, headers: .bearer(second)).status
                    == .unauthorized)
            let forged = String(second.dropLast(3)) + "AAA"
            #expect(
                try await c.execute(uri: "/auth/me", method: .get, headers: .bearer(forged)).status
                    == .unauthorized)
        }
    }

    @Test func totpMatchesRFC6238() {
        // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", 8 digits.
        var t = TOTP(secret: Array("12345678901234567890".utf8))
        t.digits = 8
        #expect(t.code(step: t.step(at: Date(timeIntervalSince1970: 59))) == "94287082")
        #expect(t.code(step: t.step(at: Date(timeIntervalSince1970: 1_111_111_109))) == "07081804")
        #expect(t.code(step: t.step(at: Date(timeIntervalSince1970: 20_000_000_000))) == "65353130")
        #expect(Base32.decode(Base32.encode(Array("hello!".utf8))) == Array("hello!".utf8))
    }

    @Test func passwordsAreScryptHashesThatVerify() throws {
        let h = try PasswordHasher(logN: 4).hash("s3cret passphrase")
        #expect(h.hasPrefix("scrypt$ln=4$r=8$p=1$"))
        #expect(try PasswordHasher.verify("s3cret passphrase", against: h))
        #expect(try !PasswordHasher.verify("s3cret passphrasE", against: h))
    }
}
