import AnsimMedia
import AnsimStore
import Foundation

/// The database edge of re-upload detection (sql/014_media.sql). Every function runs
/// on a connection already acting as a counsellor (an API scope, or the CLI's
/// `SET ROLE`); reads of protected data append an audit record in the same transaction.
public enum MediaStore {
    /// One protected hash.
    public struct Protected: Codable, Sendable, Equatable {
        public var id: Int64
        public var pdq: String
        public var quality: Int?
        public var caseRef: String
        public var registeredBy: String
        public var registeredAt: Date
    }

    /// Registers a protected hash for `caseRef`; an existing (case, hash) pair is returned as is.
    public static func register(
        _ hash: PDQHash, quality: Int?, caseRef: String, kind: String = "image", on c: Connection
    ) throws -> (protected: Protected, created: Bool) {
        let inserted = try c.query(
            """
            INSERT INTO media_protected (pdq, quality, case_ref, media_kind) VALUES ($1, $2, $3, $4)
            ON CONFLICT (case_ref, pdq) DO NOTHING
            RETURNING id, pdq, quality, case_ref, registered_by, registered_at
            """, [hash.hex, quality, caseRef, kind], purpose: "register protected media")
        if let row = inserted.first { return (try protected(row), true) }
        let existing = try c.query(
            "SELECT id, pdq, quality, case_ref, registered_by, registered_at FROM media_protected "
                + "WHERE case_ref = $1 AND pdq = $2", [caseRef, hash.hex], purpose: "find protected media")
        try audit(c, action: "media.protected.read", subject: "case:\(caseRef)", purpose: "registration repeated")
        return (try protected(existing[0]), false)
    }

    /// Every protected hash with its id (to build the match index).
    public static func protectedHashes(on c: Connection) throws -> [(id: Int64, hash: PDQHash)] {
        try c.query("SELECT id, pdq FROM media_protected ORDER BY id", purpose: "load the media match index")
            .map { row in
                let text = try row.decode(String.self, at: 1)
                guard let hash = PDQHash(hex: text) else { throw AnsimMediaStoreError("bad pdq in database: \(text)") }
                return (try row.decode(Int64.self, at: 0), hash)
            }
    }

    /// Protected rows by id (audited: the case references are protected data).
    public static func protected(ids: [Int64], purpose: String, on c: Connection) throws -> [Protected] {
        guard !ids.isEmpty else { return [] }
        let rows = try c.query(
            "SELECT id, pdq, quality, case_ref, registered_by, registered_at FROM media_protected "
                + "WHERE id = ANY($1::bigint[]) ORDER BY id", [ids], purpose: "read protected media")
        let list = try rows.map(protected)
        for caseRef in Set(list.map(\.caseRef)).sorted() {
            try audit(c, action: "media.protected.read", subject: "case:\(caseRef)", purpose: purpose)
        }
        return list
    }

    /// Appends an audit record as the counsellor.
    static func audit(_ c: Connection, action: String, subject: String, purpose: String) throws {
        try c.query(
            "SELECT ansim_audit_append($1, $2, $3, 'ansim_counsellor')", [action, subject, purpose],
            purpose: "audit \(action)")
    }

    static func protected(_ row: Row) throws -> Protected {
        Protected(
            id: try row.decode(at: 0), pdq: try row.decode(at: 1), quality: try row.decode(Int?.self, at: 2),
            caseRef: try row.decode(at: 3), registeredBy: try row.decode(at: 4), registeredAt: try row.decode(at: 5))
    }
}

/// A database row the media store cannot read.
public struct AnsimMediaStoreError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
