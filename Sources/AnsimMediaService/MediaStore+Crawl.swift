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
        /// For a video's keyframe: its presentation time.
        public var frameSeconds: Double?

        public init(
            platform: String, url: String, uploadedAt: Date?, seenAt: Date, hash: PDQHash, quality: Int?,
            frameSeconds: Double? = nil
        ) {
            self.platform = platform
            self.url = url
            self.uploadedAt = uploadedAt
            self.seenAt = seenAt
            self.hash = hash
            self.quality = quality
            self.frameSeconds = frameSeconds
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
        /// The monitored item's keyframe time, when it is a video frame.
        public var frameSeconds: Double?
        /// How many times monitors reported the item (same platform, URL and hash).
        public var sightings: Int
        /// The protected hash's variant (`original`, a derived crop) and keyframe time.
        public var protectedVariant: String
        public var protectedFrameSeconds: Double?
    }

    /// What recording one candidate did.
    public struct Recorded: Sendable {
        public var itemID: Int64
        /// The item was already known: only its sightings and last_seen_at changed.
        public var repeated: Bool
        public var matchIDs: [Int64]
        /// Matches recorded for the first time by this report.
        public var newMatches: Int
    }

    /// Records the item and its matches (`hits`: protected id, distance) found at `foundAt`.
    /// A report of a (platform, URL, hash) already recorded adds a sighting to that item
    /// (`sightings`, `last_seen_at`, and `uploaded_at` if it was unknown) instead of a new
    /// row; reports of the same triple are serialised by a transaction-scoped advisory lock.
    public static func record(
        _ candidate: Candidate, hits: [(protectedID: Int64, distance: Int)], foundAt: Date, on c: Connection
    ) throws -> Recorded {
        let key = "\(candidate.platform)\u{1F}\(candidate.url)\u{1F}\(candidate.hash.hex)"
        try c.query(
            "SELECT pg_advisory_xact_lock(hashtextextended($1, 14016))", [key],
            purpose: "lock a monitored item")
        let seen = try c.query(
            """
            UPDATE media_item SET sightings = sightings + 1, last_seen_at = greatest(last_seen_at, $4),
                   uploaded_at = coalesce(uploaded_at, $5)
            WHERE id = (SELECT min(id) FROM media_item WHERE platform = $1 AND url = $2 AND pdq = $3)
            RETURNING id
            """,
            [candidate.platform, candidate.url, candidate.hash.hex, candidate.seenAt, candidate.uploadedAt],
            purpose: "add a sighting")
        let itemID: Int64
        if let row = seen.first {
            itemID = try row.decode(Int64.self, at: 0)
        } else {
            let item = try c.query(
                """
                INSERT INTO media_item (platform, url, uploaded_at, seen_at, last_seen_at, pdq, quality, frame_seconds)
                VALUES ($1, $2, $3, $4, $4, $5, $6, $7) RETURNING id
                """,
                [
                    candidate.platform, candidate.url, candidate.uploadedAt, candidate.seenAt,
                    candidate.hash.hex,
                    candidate.quality, candidate.frameSeconds,
                ], purpose: "record a monitored item")
            itemID = try item[0].decode(Int64.self, at: 0)
        }
        var matchIDs: [Int64] = []
        var newMatches = 0
        for hit in hits {
            let seconds = candidate.uploadedAt.map { foundAt.timeIntervalSince($0) }
            let row = try c.query(
                """
                INSERT INTO media_match (item_id, protected_id, distance, found_at, detection_seconds)
                VALUES ($1, $2, $3, $4, $5) ON CONFLICT (item_id, protected_id) DO NOTHING RETURNING id
                """, [itemID, hit.protectedID, hit.distance, foundAt, seconds], purpose: "record a match")
            if let inserted = row.first {
                matchIDs.append(try inserted.decode(Int64.self, at: 0))
                newMatches += 1
            } else {
                let old = try c.query(
                    "SELECT id FROM media_match WHERE item_id = $1 AND protected_id = $2",
                    [itemID, hit.protectedID],
                    purpose: "find a recorded match")
                matchIDs.append(try old[0].decode(Int64.self, at: 0))
            }
        }
        return Recorded(itemID: itemID, repeated: !seen.isEmpty, matchIDs: matchIDs, newMatches: newMatches)
    }

    /// Matches, newest first (audited per case).
    public static func matches(status: String?, limit: Int, ids: [Int64]? = nil, on c: Connection) throws
        -> [Match]
    {
        let rows = try c.query(
            """
            SELECT m.id, m.item_id, m.protected_id, p.case_ref, i.platform, i.url, m.distance,
                   i.uploaded_at, m.found_at, m.detection_seconds, m.takedown_status, i.frame_seconds, i.sightings,
                   p.variant, p.frame_seconds
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
                takedownStatus: try row.decode(at: 10), frameSeconds: try row.decode(Double?.self, at: 11),
                sightings: try row.decode(at: 12), protectedVariant: try row.decode(at: 13),
                protectedFrameSeconds: try row.decode(Double?.self, at: 14))
        }
        for caseRef in Set(list.map(\.caseRef)).sorted() {
            try audit(c, action: "media.match.read", subject: "case:\(caseRef)", purpose: "list matches")
        }
        return list
    }
}
