import AnsimStore
import Foundation

extension MediaStore {
    /// Takedown states, in order; `deleted` and `refused` end a request.
    public enum TakedownStatus: String, Codable, Sendable, CaseIterable {
        case none, requested, acknowledged, deleted, refused

        /// The states a request may move to from this one.
        public var next: Set<TakedownStatus> {
            switch self {
            case .none: [.requested]
            case .requested: [.acknowledged, .deleted, .refused]
            case .acknowledged: [.deleted, .refused]
            case .deleted, .refused: []
            }
        }
    }

    /// Why a takedown update was refused.
    public enum TakedownError: Error, Equatable {
        case noMatch(Int64)
        case badTransition(from: TakedownStatus, to: TakedownStatus)
    }

    /// Moves match `id`'s takedown to `status` at `at`, with its history event.
    public static func takedown(
        match id: Int64, to status: TakedownStatus, at: Date, note: String?, on c: Connection
    ) throws -> Match {
        let current = try c.query(
            "SELECT takedown_status FROM media_match WHERE id = $1 FOR UPDATE", [id],
            purpose: "read takedown status")
        guard let row = current.first else { throw TakedownError.noMatch(id) }
        let from = TakedownStatus(rawValue: try row.decode(String.self, at: 0)) ?? .none
        guard from.next.contains(status) else { throw TakedownError.badTransition(from: from, to: status) }
        let column =
            switch status {
            case .requested: "requested_at"
            case .acknowledged: "acknowledged_at"
            default: "closed_at"
            }
        try c.execute(
            "UPDATE media_match SET takedown_status = $2, \(column) = $3 WHERE id = $1",
            [id, status.rawValue, at],
            purpose: "update takedown status")
        try c.execute(
            "INSERT INTO media_takedown_event (match_id, status, at, note) VALUES ($1, $2, $3, $4)",
            [id, status.rawValue, at, note], purpose: "record takedown event")
        return try matches(status: nil, limit: 1, ids: [id], on: c)[0]
    }

    /// The figures the seed documents report.
    public struct Metrics: Codable, Sendable, Equatable {
        /// Protected uploads (an image, a video, or a hash given alone).
        public var protectedMedia: Int
        /// Hashes held for them (with derived crops and video keyframes).
        public var protectedHashes: Int
        public var itemsMonitored: Int
        public var matches: Int
        public var medianDetectionSeconds: Double?
        public var p90DetectionSeconds: Double?
        public var takedownsRequested: Int
        public var takedownsCompleted: Int
        public var takedownsRefused: Int
    }

    /// Counts over everything recorded (aggregates only: no case is named, so no audit).
    public static func metrics(on c: Connection) throws -> Metrics {
        let row = try c.query(
            """
            SELECT (SELECT count(*) FROM media_protected WHERE source_id IS NULL), (SELECT count(*) FROM media_item),
                   count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY detection_seconds),
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY detection_seconds),
                   count(*) FILTER (WHERE takedown_status <> 'none'),
                   count(*) FILTER (WHERE takedown_status = 'deleted'),
                   count(*) FILTER (WHERE takedown_status = 'refused'), (SELECT count(*) FROM media_protected)
            FROM media_match
            """, purpose: "media metrics")[0]
        return Metrics(
            protectedMedia: try row.decode(at: 0), protectedHashes: try row.decode(at: 8),
            itemsMonitored: try row.decode(at: 1), matches: try row.decode(at: 2),
            medianDetectionSeconds: try row.decode(Double?.self, at: 3),
            p90DetectionSeconds: try row.decode(Double?.self, at: 4),
            takedownsRequested: try row.decode(at: 5),
            takedownsCompleted: try row.decode(at: 6), takedownsRefused: try row.decode(at: 7))
    }
}
