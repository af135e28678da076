import AnsimLookup
import Foundation
import Synchronization

/// The live channel of each incident: the query, the officers dispatched to it, and the
/// subscribers of `GET /incidents/{id}/events` (Server-Sent Events). A lookup with
/// `dispatch` opens or updates the channel and pushes the result; new fixes near an open
/// incident push the lookup again.
final class IncidentChannels: Sendable {
    struct Channel {
        var query: LookupQuery
        var dispatched: Set<String>
        var last: Data
        var subscribers: [UUID: AsyncStream<String>.Continuation] = [:]
    }

    private let channels = Mutex<[String: Channel]>([:])

    /// Opens or updates `incident` and pushes `json` as a `lookup` event.
    func publish(incident: String, query: LookupQuery, dispatched: [String], json: Data) {
        let message = Self.event("lookup", json)
        channels.withLock { all in
            var c = all[incident] ?? Channel(query: query, dispatched: [], last: json)
            c.query = query
            c.dispatched.formUnion(dispatched)
            c.last = json
            for s in c.subscribers.values { s.yield(message) }
            all[incident] = c
        }
    }

    /// True when `username` was dispatched to `incident`.
    func isDispatched(_ username: String, to incident: String) -> Bool? {
        channels.withLock { all in all[incident].map { $0.dispatched.contains(username) } }
    }

    /// A stream of SSE messages for `incident`: the last lookup first, then updates.
    func subscribe(_ incident: String) -> AsyncStream<String>? {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream()
        let found = channels.withLock { all -> Bool in
            guard var c = all[incident] else { return false }
            continuation.yield(Self.event("lookup", c.last))
            c.subscribers[id] = continuation
            all[incident] = c
            return true
        }
        guard found else { return nil }
        continuation.onTermination = { [weak self] _ in
            self?.channels.withLock { all in _ = all[incident]?.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    /// Incidents whose scene lies within their radius of one of `fixes`.
    func incidentsNear(_ fixes: [GPSFix]) -> [(String, LookupQuery)] {
        channels.withLock { all in
            all.compactMap { id, c in
                let q = c.query
                let near = fixes.contains { f in
                    (f.x - q.x) * (f.x - q.x) + (f.y - q.y) * (f.y - q.y) <= q.radius * q.radius
                }
                return near ? (id, q) : nil
            }
        }
    }

    /// Pushes an `update` event to `incident`'s subscribers.
    func update(_ incident: String, json: Data) {
        let message = Self.event("update", json)
        channels.withLock { all in
            guard var c = all[incident] else { return }
            c.last = json
            for s in c.subscribers.values { s.yield(message) }
            all[incident] = c
        }
    }

    static func event(_ name: String, _ json: Data) -> String {
        "event: \(name)\ndata: \(String(decoding: json, as: UTF8.self))\n\n"
    }
}
