import AnsimMedia
import AnsimServer
import Foundation
import Hummingbird

extension MediaRoutes {
    /// One NDJSON line of a crawl batch.
    struct CrawlLine: Decodable, Sendable {
        var platform: String
        var url: String
        var uploadedAt: Date?
        var seenAt: Date?
        var pdq: String?
        var imageBase64: String?
        var videoBase64: String?
    }

    /// What a crawl batch answers.
    struct CrawlResult: Encodable, Sendable {
        /// Candidates (lines) in the batch.
        var items: Int
        /// Hashes checked: one per image or hash, one per kept keyframe of a video.
        var hashes: Int
        /// Of those, items already recorded (same platform, URL and hash): a sighting was added.
        var repeated: Int
        /// Every match of the batch's hashes, new or already recorded (`sightings` > 1).
        var matches: [MediaStore.Match]
        /// Matches recorded for the first time by this batch.
        var newMatches: Int
        var indexed: Int
    }

    /// Largest batch.
    static let maxLines = 10_000

    func registerCrawl(on r: RouteRegistry) {
        Self.add(
            r,
            RouteSpec(
                .post, "/media/crawl",
                summary: "Check a batch of candidate media from monitors (NDJSON) and record matches",
                tag: "media", roles: Self.roles, request: "MediaCrawlLine", response: "MediaCrawlResult"
            ).documenting(413, 415)
        ) { request, context, p in
            let data = try await Self.body(request)
            let foundAt = server.clock.now()
            let lines = try Self.candidates(data, foundAt: foundAt)
            let candidates = lines.flatMap { $0 }
            try await cache.ensureLoaded(server.database)
            var hits: [[(protectedID: Int64, distance: Int)]] = []
            for candidate in candidates {
                hits.append(await cache.query(candidate.hash, maxDistance: maxDistance))
            }
            let found = hits
            let (matches, repeated, newMatches) = try await server.database.withScope(
                p!, client: context.clientAddress, purpose: "record crawl candidates"
            ) { c in
                var ids: [Int64] = []
                var repeated = 0, newMatches = 0
                for (candidate, hit) in zip(candidates, found) {
                    let recorded = try MediaStore.record(candidate, hits: hit, foundAt: foundAt, on: c)
                    ids += recorded.matchIDs
                    repeated += recorded.repeated ? 1 : 0
                    newMatches += recorded.newMatches
                }
                let list = try MediaStore.matches(status: nil, limit: max(ids.count, 1), ids: ids, on: c)
                return (list, repeated, newMatches)
            }
            return try MediaJSON.response(
                CrawlResult(
                    items: lines.count, hashes: candidates.count, repeated: repeated, matches: ids(matches),
                    newMatches: newMatches, indexed: await cache.count))
        }
    }

    private func ids(_ matches: [MediaStore.Match]) -> [MediaStore.Match] {
        matches.sorted { $0.id < $1.id }
    }

    /// Parses and hashes every line first, so a bad line refuses the batch (400 naming it).
    /// A line gives one candidate per hash: one for an image or a hash, one per kept
    /// keyframe of a video (with its time); a video's keyframes with equal hashes count once.
    static func candidates(_ data: Data, foundAt: Date) throws -> [[MediaStore.Candidate]] {
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var out: [[MediaStore.Candidate]] = []
        for (n, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == 32 || $0 == 13 || $0 == 9 }
            if trimmed.isEmpty || trimmed.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) { continue }
            let what = "line \(n + 1)"
            let entry = try MediaJSON.decode(CrawlLine.self, from: Data(trimmed), what: what)
            guard !entry.platform.isEmpty, entry.platform.count <= 64 else {
                throw HTTPError(.badRequest, message: "\(what): platform must be 1–64 characters")
            }
            guard !entry.url.isEmpty, entry.url.utf8.count <= 2048 else {
                throw HTTPError(.badRequest, message: "\(what): url must be 1–2048 bytes")
            }
            let seenAt = entry.seenAt ?? foundAt
            if let uploaded = entry.uploadedAt, uploaded > seenAt {
                throw HTTPError(.badRequest, message: "\(what): uploaded_at is after seen_at")
            }
            let hashed = try MediaInput(
                pdq: entry.pdq, imageBase64: entry.imageBase64, videoBase64: entry.videoBase64
            )
            .hashed(what)
            var seen = Set<PDQHash>()
            out.append(
                hashed.frames.filter { seen.insert($0.hash).inserted }.map { frame in
                    MediaStore.Candidate(
                        platform: entry.platform, url: entry.url, uploadedAt: entry.uploadedAt,
                        seenAt: seenAt,
                        hash: frame.hash, quality: frame.quality, frameSeconds: frame.seconds)
                })
            guard out.count <= maxLines else {
                throw HTTPError(.contentTooLarge, message: "a crawl batch holds at most \(maxLines) lines")
            }
        }
        guard !out.isEmpty else {
            throw HTTPError(.badRequest, message: "the crawl batch is empty (NDJSON, one candidate a line)")
        }
        return out
    }
}
