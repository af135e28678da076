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
    }

    /// What a crawl batch answers.
    struct CrawlResult: Encodable, Sendable {
        var items: Int
        var matches: [MediaStore.Match]
        var indexed: Int
    }

    /// Largest batch.
    static let maxLines = 10_000

    func registerCrawl(on r: RouteRegistry) {
        r.add(
            RouteSpec(
                .post, "/media/crawl",
                summary: "Check a batch of candidate media from monitors (NDJSON) and record matches",
                tag: "media", roles: Self.roles, request: "MediaCrawlLine", response: "MediaCrawlResult")
        ) { request, context, p in
            let data = try await Self.body(request)
            let foundAt = server.clock.now()
            let candidates = try Self.candidates(data, foundAt: foundAt)
            try await cache.ensureLoaded(server.database)
            var hits: [[(protectedID: Int64, distance: Int)]] = []
            for candidate in candidates {
                hits.append(await cache.query(candidate.hash, maxDistance: maxDistance))
            }
            let found = hits
            let matches = try await server.database.withScope(
                p!, client: context.clientAddress, purpose: "record crawl candidates"
            ) { c in
                var ids: [Int64] = []
                for (candidate, hit) in zip(candidates, found) {
                    ids += try MediaStore.record(candidate, hits: hit, foundAt: foundAt, on: c).matchIDs
                }
                return try MediaStore.matches(status: nil, limit: max(ids.count, 1), ids: ids, on: c)
            }
            return try MediaJSON.response(
                CrawlResult(items: candidates.count, matches: ids(matches), indexed: await cache.count))
        }
    }

    private func ids(_ matches: [MediaStore.Match]) -> [MediaStore.Match] {
        matches.sorted { $0.id < $1.id }
    }

    /// Parses and hashes every line first, so a bad line refuses the batch (400 naming it).
    static func candidates(_ data: Data, foundAt: Date) throws -> [MediaStore.Candidate] {
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var out: [MediaStore.Candidate] = []
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
            let hashed = try MediaInput(pdq: entry.pdq, imageBase64: entry.imageBase64).hashed(what)
            out.append(MediaStore.Candidate(
                platform: entry.platform, url: entry.url, uploadedAt: entry.uploadedAt, seenAt: seenAt,
                hash: hashed.hash, quality: hashed.quality))
            guard out.count <= maxLines else {
                throw HTTPError(.contentTooLarge, message: "a crawl batch holds at most \(maxLines) lines")
            }
        }
        guard !out.isEmpty else { throw HTTPError(.badRequest, message: "the crawl batch is empty (NDJSON, one candidate a line)") }
        return out
    }
}
