import AnsimMedia
import AnsimServer
import Foundation

/// The protected hashes in memory: a multi-index over them and each entry's database
/// id. Loaded once (as the server's monitor role, which may read only ids and hashes)
/// and extended on every registration.
public actor MediaIndexCache {
    private var index = PDQIndex()
    private var protectedIDs: [Int64] = []
    private var known = Set<Int64>()
    private var loaded = false

    public init() {}

    /// Loads the protected set if it is not loaded yet.
    public func ensureLoaded(_ database: APIDatabase) async throws {
        guard !loaded else { return }
        let rows = try await database.withSystemScope(
            role: "ansim_monitor", actor: "media-index", purpose: "load the media match index"
        ) { c in try MediaStore.protectedHashes(on: c) }
        guard !loaded else { return }
        for row in rows { add(id: row.id, hash: row.hash) }
        loaded = true
    }

    /// Adds a registration (ignored when already present).
    public func add(id: Int64, hash: PDQHash) {
        guard known.insert(id).inserted else { return }
        index.append(hash)
        protectedIDs.append(id)
    }

    /// Protected ids within `maxDistance` bits of `hash`, nearest first.
    public func query(_ hash: PDQHash, maxDistance: Int) -> [(protectedID: Int64, distance: Int)] {
        index.query(hash, maxDistance: maxDistance)
            .map { (protectedIDs[$0.id], $0.distance) }
            .sorted { ($0.distance, $0.protectedID) < ($1.distance, $1.protectedID) }
    }

    /// Hashes held.
    public var count: Int { index.count }
}
