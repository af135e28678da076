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
        /// `image` or `video_frame`.
        public var mediaKind: String
        /// `original`, or the derived crop (``ReferenceVariant``).
        public var variant: String
        /// A video keyframe's presentation time.
        public var frameSeconds: Double?
        /// The first hash registered from the same upload (nil for that one).
        public var sourceID: Int64?
    }

    /// A hash to register: what it is and where in its upload it comes from.
    public struct NewProtected: Sendable {
        public var hash: PDQHash
        public var quality: Int?
        public var kind: String
        public var variant: String
        public var frameSeconds: Double?

        public init(
            _ hash: PDQHash, quality: Int?, kind: String = "image", variant: String = "original",
            frameSeconds: Double? = nil
        ) {
            self.hash = hash
            self.quality = quality
            self.kind = kind
            self.variant = variant
            self.frameSeconds = frameSeconds
        }
    }

    static let protectedColumns =
        "id, pdq, quality, case_ref, registered_by, registered_at, media_kind, variant, frame_seconds, source_id"

    /// Registers a protected hash for `caseRef`; an existing (case, hash) pair is returned as is.
    public static func register(
        _ hash: PDQHash, quality: Int?, caseRef: String, kind: String = "image", on c: Connection
    ) throws -> (protected: Protected, created: Bool) {
        try register([NewProtected(hash, quality: quality, kind: kind)], caseRef: caseRef, on: c)[0]
    }

    /// Registers the hashes of one upload (an image and its derived crops, or a video's
    /// kept keyframes) for `caseRef`; every hash after the first points at the first
    /// (`source_id`). A (case, hash) pair already present is returned as is.
    public static func register(
        _ hashes: [NewProtected], caseRef: String, on c: Connection
    ) throws -> [(protected: Protected, created: Bool)] {
        var out: [(protected: Protected, created: Bool)] = []
        var repeated = false
        for new in hashes {
            let inserted = try c.query(
                """
                INSERT INTO media_protected (pdq, quality, case_ref, media_kind, variant, frame_seconds, source_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                ON CONFLICT (case_ref, pdq) DO NOTHING RETURNING \(protectedColumns)
                """,
                [
                    new.hash.hex, new.quality, caseRef, new.kind, new.variant, new.frameSeconds,
                    out.first?.protected.id,
                ],
                purpose: "register protected media")
            if let row = inserted.first {
                out.append((try protected(row), true))
                continue
            }
            let existing = try c.query(
                "SELECT \(protectedColumns) FROM media_protected WHERE case_ref = $1 AND pdq = $2",
                [caseRef, new.hash.hex],
                purpose: "find protected media")
            out.append((try protected(existing[0]), false))
            repeated = true
        }
        if repeated {
            try audit(
                c, action: "media.protected.read", subject: "case:\(caseRef)",
                purpose: "registration repeated")
        }
        return out
    }

    /// Every protected hash with its id and its upload's (`coalesce(source_id, id)`), to build the match index.
    public static func protectedHashes(on c: Connection) throws -> [(id: Int64, hash: PDQHash, upload: Int64)]
    {
        try c.query(
            "SELECT id, pdq, coalesce(source_id, id) FROM media_protected ORDER BY id",
            purpose: "load the media match index"
        ).map { row in
            let text = try row.decode(String.self, at: 1)
            guard let hash = PDQHash(hex: text) else {
                throw AnsimMediaStoreError("bad pdq in database: \(text)")
            }
            return (try row.decode(Int64.self, at: 0), hash, try row.decode(Int64.self, at: 2))
        }
    }

    /// Protected rows by id (audited: the case references are protected data).
    public static func protected(ids: [Int64], purpose: String, on c: Connection) throws -> [Protected] {
        guard !ids.isEmpty else { return [] }
        let rows = try c.query(
            "SELECT \(protectedColumns) FROM media_protected WHERE id = ANY($1::bigint[]) ORDER BY id", [ids],
            purpose: "read protected media")
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
            caseRef: try row.decode(at: 3), registeredBy: try row.decode(at: 4),
            registeredAt: try row.decode(at: 5),
            mediaKind: try row.decode(at: 6), variant: try row.decode(at: 7),
            frameSeconds: try row.decode(Double?.self, at: 8),
            sourceID: try row.decode(Int64?.self, at: 9))
    }
}

/// A database row the media store cannot read.
public struct AnsimMediaStoreError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
