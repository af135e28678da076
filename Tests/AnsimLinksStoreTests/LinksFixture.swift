import AnsimLinks
import AnsimLinksServer
import AnsimLinksStore
import AnsimServer
import AnsimServerTestSupport
import AnsimStore
import AnsimTestSupport
import Foundation

/// A server with the links module on a migrated scratch database holding the synthetic
/// graph (seed 42, 2,000 background persons, 8 rings), and one account per role that
/// the tests use: an investigator, an analyst and a dispatcher.
final class LinksFixture: ServerTestFixture, @unchecked Sendable {
    let module: LinksModule
    let output: LinkSynthOutput
    private(set) var load: LinksStore.SyntheticLoad!

    init() throws {
        let module = LinksModule()
        self.module = module
        output = LinkSynth.generate(LinkSynth.Config(seed: 42))
        try super.init("links_store", modules: { _ in [module] })
        load = try LinksStore.replaceSynthetic(output, on: admin)
        try account("kim.inv", .investigator, "police-a")
        try account("lee.an", .analyst, "police-a")
        try account("park.dp", .dispatcher, "police-a")
    }

    /// A new connection to the scratch database as its owner (for sessions that change role).
    func connect() throws -> Connection {
        try Connection(TestDatabase.settings(), database: name)
    }

    /// Runs `body` as `role` in a transaction the way the server does (ansim_api, SET LOCAL ROLE).
    func asRole<T>(_ role: String, user: String = "kim.inv", _ body: (Connection) throws -> T) throws -> T {
        let c = try connect()
        return try APIDatabase.transaction(
            c, role: role,
            settings: [
                ("ansim.user", user), ("ansim.org_id", String(orgs["police-a"]!)), ("ansim.client", "test"),
                ("ansim.purpose", "test"),
            ], purpose: "test", body)
    }

    /// Audit records whose action starts with `links`.
    func linkAudits() throws -> [(actor: String, role: String, subject: String, action: String)] {
        try admin.query(
            "SELECT actor, actor_role, subject, action FROM ansim_audit WHERE action LIKE 'links %' ORDER BY seq",
            purpose: "read the link audits"
        ).map {
            (try $0.decode(String.self, at: 0), try $0.decode(String.self, at: 1), try $0.decode(String.self, at: 2),
             try $0.decode(String.self, at: 3))
        }
    }
}
