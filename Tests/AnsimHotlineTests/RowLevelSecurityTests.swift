import AnsimHotline
import AnsimServer
import AnsimStore
import AnsimTestSupport
import Foundation
import Testing

/// The same need-to-know rules through direct SQL: a real login per database role,
/// mapped to an organisation in ansim_db_login, with row-level security (FORCE) deciding.
@Suite struct RowLevelSecurityTests {
    /// Creates a login that is a member of `role`, mapped to `org`; returns a connection as it.
    static func login(_ f: HotlineFixture, _ role: String, org: String) throws -> (Connection, String) {
        let name =
            "t_\(role.dropFirst(6))_\(org.replacingOccurrences(of: "-", with: "_"))_\(UInt32.random(in: 0...UInt32.max))"
        let password = "pw-\(UInt64.random(in: 0...UInt64.max))"
        try f.admin.executeScript(
            "CREATE ROLE \(name) LOGIN PASSWORD '\(password)' IN ROLE \(role)", purpose: "create a test login"
        )
        try f.admin.query(
            "INSERT INTO ansim_db_login (role_name, org_id, username) VALUES ($1, $2, $1)",
            [name, f.orgs[org]!],
            purpose: "map the login")
        let settings = try TestDatabase.settings()
        let c = try Connection(
            keywords: settings.keywords(database: f.name) + [("user", name), ("password", password)],
            target: "test login \(name)")
        return (c, name)
    }

    static func count(_ c: Connection, _ sql: String, _ id: Int64) throws -> Int {
        try c.query(sql, [id], purpose: "count").first!.decode(Int.self, at: 0)
    }

    @Test func eachDatabaseRoleSeesOnlyWhatItShould() throws {
        let f = try HotlineFixture("hotline_rls")
        let id = try f.openCase()
        try f.admin.query(
            "INSERT INTO hotline_place (case_id, kind, geom) VALUES ($1, 'home', ST_SetSRID(ST_MakePoint(1, 1), 5179))",
            [id], purpose: "a place")
        let tables = [
            "hotline_case WHERE id", "hotline_place WHERE case_id", "hotline_risk_change WHERE case_id",
        ]
        var logins: [String] = []
        defer {
            for n in logins {
                _ = try? f.admin.executeScript("DROP OWNED BY \(n); DROP ROLE \(n)", purpose: "drop")
            }
        }

        for (role, own, other) in [
            ("ansim_hotline_worker", "city-a", "city-b"), ("ansim_police_liaison", "police-a", "police-b"),
            ("ansim_supervisor", "city-a", "police-b"),
        ] {
            let (mine, n1) = try Self.login(f, role, org: own)
            let (theirs, n2) = try Self.login(f, role, org: other)
            logins += [n1, n2]
            for t in tables {
                #expect(try Self.count(mine, "SELECT count(*) FROM \(t) = $1", id) >= 1, "\(role) own: \(t)")
                #expect(
                    try Self.count(theirs, "SELECT count(*) FROM \(t) = $1", id) == 0, "\(role) other: \(t)")
            }
            // Claiming another organisation through the settings the server uses changes nothing.
            try theirs.executeScript("BEGIN", purpose: "begin")
            try theirs.query(
                "SELECT set_config('ansim.org_id', $1, true)", [String(f.orgs[own]!)], purpose: "spoof")
            #expect(
                try Self.count(theirs, "SELECT count(*) FROM hotline_case WHERE id = $1", id) == 0,
                "\(role) spoof")
            #expect(
                try theirs.execute(
                    "UPDATE hotline_case SET status = 'closed' WHERE id = $1", [id], purpose: "u") == 0)
            try theirs.executeScript("ROLLBACK", purpose: "end")
            // Writing a case into another organisation is refused by the policy's check.
            #expect(throws: StoreError.self, "\(role) writes for another organisation") {
                try theirs.query(
                    """
                    INSERT INTO hotline_case (city_org_id, police_org_id, victim_ref, victim_name_enc, offender_ref)
                    VALUES ($1, $2, 'V-00000001', '\\x01', 'O-00000001')
                    """, [f.orgs["city-a"]!, f.orgs["police-a"]!], purpose: "insert for another org")
            }
            // Personal data is ciphertext even to those who may read it.
            let enc = try mine.query(
                "SELECT victim_name_enc FROM hotline_case WHERE id = $1", [id], purpose: "read")
            let bytes = try enc.first!.decode(Data.self, at: 0)
            #expect(!String(decoding: bytes, as: UTF8.self).contains("홍길순"))
            #expect(throws: StoreError.self) {
                try mine.query("SELECT password_hash FROM ansim_account", purpose: "p")
            }
            #expect(throws: StoreError.self) {
                try mine.query("SELECT count(*) FROM ansim_audit", purpose: "a")
            }
        }

        for role in ["ansim_analyst", "ansim_admin", "ansim_dispatcher", "ansim_patrol_officer", "ansim_api"]
        {
            let (c, n) = try Self.login(f, role, org: "city-a")
            logins.append(n)
            for t in ["hotline_case", "hotline_place", "hotline_order", "hotline_support", "hotline_alert"] {
                #expect(throws: StoreError.self, "\(role) reads \(t)") {
                    try c.query("SELECT count(*) FROM \(t)", purpose: "read \(t)")
                }
            }
            let counts = Result { try c.query("SELECT * FROM hotline_counts()", purpose: "counts") }
            #expect(((try? counts.get()) != nil) == (role == "ansim_analyst"), "\(role) hotline_counts()")
            let audit = Result { try c.query("SELECT count(*) FROM ansim_audit", purpose: "audit") }
            #expect(((try? audit.get()) != nil) == (role == "ansim_admin"), "\(role) reads the audit")
        }
    }

    /// The geofence monitor reads where places are and what orders say, nothing about the
    /// victim (the attack pass found it could read the encrypted address; 018_need_to_know.sql).
    @Test func theMonitorReadsPlacesWithoutTheVictimsAddress() throws {
        let f = try HotlineFixture("hotline_rls_monitor")
        let id = try f.openCase()
        try f.admin.query(
            "INSERT INTO hotline_place (case_id, kind, geom, address_enc) VALUES ($1, 'home', ST_SetSRID(ST_MakePoint(1, 1), 5179), '\\x01')",
            [id], purpose: "a place")
        let (c, name) = try Self.login(f, "ansim_monitor", org: "city-a")
        defer { _ = try? f.admin.executeScript("DROP OWNED BY \(name); DROP ROLE \(name)", purpose: "drop") }
        let places = try c.query(
            "SELECT id, case_id, kind, ST_X(geom), extent_m FROM hotline_place WHERE case_id = $1", [id],
            purpose: "what the monitor needs")
        #expect(places.count == 1)
        for column in ["address_enc", "*"] {
            #expect(throws: StoreError.self, "the monitor reads hotline_place.\(column)") {
                try c.query("SELECT \(column) FROM hotline_place", purpose: "read \(column)")
            }
        }
        #expect(throws: StoreError.self, "the monitor reads who issued an order") {
            try c.query("SELECT issued_by FROM hotline_order", purpose: "read issued_by")
        }
    }

    @Test func directChangesAreAuditedWithTheLoginsIdentity() throws {
        let f = try HotlineFixture("hotline_rls_audit")
        let id = try f.openCase()
        let (c, name) = try Self.login(f, "ansim_hotline_worker", org: "city-a")
        defer { _ = try? f.admin.executeScript("DROP OWNED BY \(name); DROP ROLE \(name)", purpose: "drop") }
        try c.query("UPDATE hotline_case SET status = 'monitoring' WHERE id = $1", [id], purpose: "update")
        let rows = try f.admin.query(
            "SELECT actor, actor_role, org_id, action, purpose FROM ansim_audit ORDER BY seq DESC LIMIT 1",
            purpose: "last audit record")
        #expect(rows[0]["actor"] == name)
        #expect(rows[0]["actor_role"] == name)  // the login itself, a member of ansim_hotline_worker
        #expect(rows[0]["org_id"] == String(f.orgs["city-a"]!))
        #expect(rows[0]["action"] == "update hotline_case \(id)")
        #expect(rows[0]["purpose"] == "direct SQL")
        #expect(try AuditVerifier.verify(f.admin).intact)
    }
}
