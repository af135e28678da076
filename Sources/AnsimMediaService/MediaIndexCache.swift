import AnsimMedia
import AnsimServer
import Foundation

/// The protected hashes in memory: a multi-index over them, each entry's database id
/// and its upload (`source_id`, or its own id for the first hash of an upload). Loaded
/// once (as the server's monitor role, which may read only ids, hashes and sources) and
/// extended on every registration.
public actor MediaIndexCache {
    private var index = PDQIndex()
    private var protectedIDs: [Int64] = []
    private var uploads: [Int64] = []
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
        for row in rows { add(id: row.id, hash: row.hash, upload: row.upload) }
        loaded = true
    }

    /// Adds a registered hash (ignored when already present); `upload` is its source's id
    /// (its own id when it is the first hash of an upload).
    public func add(id: Int64, hash: PDQHash, upload: Int64? = nil) {
        guard known.insert(id).inserted else { return }
        index.append(hash)
        protectedIDs.append(id)
        uploads.append(upload ?? id)
    }

    /// Protected ids within `maxDistance` bits of `hash`, nearest first, one per upload:
    /// when several hashes of one upload match (the original and a derived crop, or two
    /// keyframes of one video), only the nearest is kept (ties: the lowest id).
    public func query(_ hash: PDQHash, maxDistance: Int) -> [(protectedID: Int64, distance: Int)] {
        var best: [Int64: (protectedID: Int64, distance: Int)] = [:]
        for hit in index.query(hash, maxDistance: maxDistance) {
            let candidate = (protectedID: protectedIDs[hit.id], distance: hit.distance)
            let upload = uploads[hit.id]
            if let current = best[upload],
                (current.distance, current.protectedID) <= (candidate.distance, candidate.protectedID)
            {
                continue
            }
            best[upload] = candidate
        }
        return best.values.sorted { ($0.distance, $0.protectedID) < ($1.distance, $1.protectedID) }
    }

    /// Hashes held.
    public var count: Int { index.count }
}
