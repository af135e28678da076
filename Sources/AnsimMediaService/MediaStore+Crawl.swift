import AnsimMedia
import AnsimStore
import Foundation

extension MediaStore {
    /// One candidate a monitor saw, already hashed.
    public struct Candidate: Sendable {
        public var platform: String
        public var url: String
        public var uploadedAt: Date?
        public var seenAt: Date
        public var hash: PDQHash
        public var quality: Int?

        public init(platform: String, url: String, uploadedAt: Date?, seenAt: Date, hash: PDQHash, quality: Int?) {
            self.platform = platform
            self.url = url
            self.uploadedAt = uploadedAt
            self.seenAt = seenAt
            self.hash = hash
            self.quality = quality
        }
    }

    /// One recorded match.
    public struct Match: Codable, Sendable, Equatable {
        public var id: Int64
        public var itemID: Int64
        public var protectedID: Int64
        public var caseRef: String
        public var platform: String
        public var url: String
        public var distance: Int
        public var uploadedAt: Date?
        public var foundAt: Date
        public var detectionSeconds: Double?
        public var takedownStatus: String
    }

    /// Records the item and its matches (`hits`: protected id, distance) found at `foundAt`.
    public static func record(
        _ candidate: Candidate, hits: [(protectedID: Int64, distance: Int)], foundAt: Date, on c: Connection
    ) throws -> (itemID: Int64, matchIDs: [Int64]) {
        let item = try c.query(
            """
            INSERT INTO media_item (platform, url, uploaded_at, seen_at, pdq, quality)
            VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
            """,
            [candidate.platform, candidate.url, candidate.uploadedAt, candidate.seenAt, candidate.hash.hex,
             candidate.quality], purpose: "record a monitored item")
        let itemID = try item[0].decode(Int64.self, at: 0)
        var matchIDs: [Int64] = []
        for hit in hits {
            let seconds = candidate.uploadedAt.map { foundAt.timeIntervalSince($0) }
            let row = try c.query(
                """
                INSERT INTO media_match (item_id, protected_id, distance, found_at, detection_seconds)
                VALUES ($1, $2, $3, $4, $5) RETURNING id
                """, [itemID, hit.protectedID, hit.distance, foundAt, seconds], purpose: "record a match")
            matchIDs.append(try row[0].decode(Int64.self, at: 0))
        }
        return (itemID, matchIDs)
    }

    /// Matches, newest first (audited per case).
    public static func matches(status: String?, limit: Int, ids: [Int64]? = nil, on c: Connection) throws -> [Match] {
        let rows = try c.query(
            """
            SELECT m.id, m.item_id, m.protected_id, p.case_ref, i.platform, i.url, m.distance,
                   i.uploaded_at, m.found_at, m.detection_seconds, m.takedown_status
            FROM media_match m JOIN media_item i ON i.id = m.item_id JOIN media_protected p ON p.id = m.protected_id
            WHERE ($1::text IS NULL OR m.takedown_status = $1) AND ($3::bigint[] IS NULL OR m.id = ANY($3::bigint[]))
            ORDER BY m.found_at DESC, m.id DESC LIMIT $2
            """, [status, limit, ids], purpose: "list media matches")
        let list = try rows.map { row in
            Match(
                id: try row.decode(at: 0), itemID: try row.decode(at: 1), protectedID: try row.decode(at: 2),
                caseRef: try row.decode(at: 3), platform: try row.decode(at: 4), url: try row.decode(at: 5),
                distance: try row.decode(at: 6), uploadedAt: try row.decode(Date?.self, at: 7),
                foundAt: try row.decode(at: 8), detectionSeconds: try row.decode(Double?.self, at: 9),
                takedownStatus: try row.decode(at: 10))
        }
        for caseRef in Set(list.map(\.caseRef)).sorted() {
            try audit(c, action: "media.match.read", subject: "case:\(caseRef)", purpose: "list matches")
        }
        return list
    }
}
