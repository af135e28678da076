import AnsimMedia
import AnsimServer
import Foundation
import Hummingbird

/// Re-upload detection in the server (issue 11), for counsellors only:
/// `POST /v1/media/protected` (register a victim's media by hash, image or video, hashed
/// and dropped), `POST /v1/media/crawl` (NDJSON batch of candidates from monitors →
/// matches), `GET /v1/media/matches`, `POST /v1/media/matches/{id}/takedown`,
/// `GET /v1/media/metrics`; each also at its old `/media/…` path, deprecated.
/// The protected hashes are held in a multi-index in memory, loaded on first use and
/// extended on every registration.
public struct MediaModule: ServerModule {
    /// The in-memory match index.
    public let cache: MediaIndexCache
    /// Largest Hamming distance that counts as a match (PDQ's customary 31).
    public let maxDistance: Int

    /// A module; the threshold is PDQ's customary 31 bits unless given.
    public init(cache: MediaIndexCache = MediaIndexCache(), maxDistance: Int = 31) {
        self.cache = cache
        self.maxDistance = maxDistance
    }

    public func register(on r: RouteRegistry, server: ServerContext) {
        MediaSchemas.register(on: r)
        let routes = MediaRoutes(server: server, cache: cache, maxDistance: maxDistance)
        routes.registerProtected(on: r)
        routes.registerCrawl(on: r)
        routes.registerMatches(on: r)
    }
}

/// The handlers.
struct MediaRoutes: Sendable {
    let server: ServerContext
    let cache: MediaIndexCache
    let maxDistance: Int

    /// Who may use re-upload detection.
    static let roles: Set<AppRole> = [.counsellor]
    /// Largest request body (an image, or a crawl batch).
    static let maxBody = 32 << 20

    /// The request body's bytes.
    static func body(_ request: Request) async throws -> Data {
        do {
            return Data(try await request.body.collect(upTo: maxBody).readableBytesView)
        } catch {
            throw HTTPError(.contentTooLarge, message: "the request body is larger than \(maxBody >> 20) MiB")
        }
    }
}
