import AnsimLinks
import AnsimStore

/// The database edge of link analysis (issue 10): the entity and link tables of
/// `sql/013_links.sql`, their loaders (``LinkCSVLoader`` for the call-detail, transfer
/// and case–person exports; ``replaceSynthetic(_:on:)`` for the generator), the
/// in-memory graph read from them (``loadGraph(on:)``) and the audit of every query.
///
/// Only `ansim_investigator` reads the tables (row-level security with FORCE); the
/// loaders run as the schema owner.
public enum LinksStore {
    /// The graph's version: bumped by every statement that changes an entity, a link
    /// or the planted rings' truth.
    public static func version(on c: Connection) throws -> Int64 {
        try c.query("SELECT version FROM link_graph_state WHERE id = 1", purpose: "read the link graph's version")[0]
            .decode(Int64.self, at: 0)
    }

    /// Appends one audit record (`ansim_audit_append`) on `c`, inside the caller's
    /// transaction, and returns its sequence number. `action` names the query and the
    /// references it returned (the data subjects).
    @discardableResult
    public static func audit(action: String, subject: String, purpose: String, role: String, on c: Connection)
        throws -> Int64
    {
        try c.query(
            "SELECT ansim_audit_append($1, $2, $3, $4)", [action, subject, purpose, role],
            purpose: "audit the link query"
        )[0].decode(Int64.self, at: 0)
    }

    /// The planted rings' members recorded by ``replaceSynthetic(_:on:)``, as indexes of
    /// `graph` (rings in order; empty when no synthetic graph is loaded).
    public static func plantedRings(_ graph: LoadedLinkGraph, on c: Connection) throws -> [[Int]] {
        let rows = try c.query(
            """
            SELECT m.ring, e.ref FROM link_ring_member m JOIN link_entity e ON e.id = m.entity_id
            WHERE m.member = 'member' ORDER BY m.ring, e.id
            """, purpose: "read the planted rings")
        var rings: [Int: [Int]] = [:]
        for row in rows {
            guard let i = graph.index[try row.decode(String.self, at: 1)] else { continue }
            rings[try row.decode(Int.self, at: 0), default: []].append(i)
        }
        return rings.keys.sorted().map { rings[$0]! }
    }
}
