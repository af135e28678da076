import AnsimStore
import Foundation
import Logging
import ServiceLifecycle

/// Keeps a ``LookupStore`` warm: listens on the `ansim_lookup` channel (the NOTIFY
/// triggers of sql/009_lookup.sql, one per statement and table) and refreshes the
/// tables named, a batch at a time, until the service group shuts down.
///
/// Refreshes are at least `minimumInterval` apart: notifications that arrive meanwhile
/// join the next batch. A stream of fix inserts (one notification per statement) thus
/// costs one read of the new fixes per interval, not one per statement; the server's
/// own `POST /fixes` puts its fixes in the engine at once, and others' changes show
/// within the interval plus the read.
public struct LookupRefresher: Service {
    let store: LookupStore
    let logger: Logger
    let minimumInterval: Duration

    /// A refresher for `store`, refreshing at most once per `minimumInterval`.
    public init(
        store: LookupStore, logger: Logger = Logger(label: "ansim.lookup"),
        minimumInterval: Duration = .seconds(1)
    ) {
        self.store = store
        self.logger = logger
        self.minimumInterval = minimumInterval
    }

    public func run() async throws {
        let listener = try Connection(
            store.settings, database: store.database, purpose: "connect the lookup listener")
        try listener.executeScript("LISTEN ansim_lookup", purpose: "listen for lookup changes")
        try await cancelWhenGracefulShutdown {
            var last: ContinuousClock.Instant?
            while !Task.isCancelled {
                var tables = try await Self.wait(listener)
                guard !tables.isEmpty else { continue }
                if let last, ContinuousClock.now - last < minimumInterval {
                    try? await Task.sleep(until: last + minimumInterval, clock: .continuous)
                    tables.formUnion(try listener.notifications(timeout: 0).map(\.payload))
                }
                last = .now
                do {
                    try store.refresh(tables)
                    logger.info(
                        "lookup refreshed", metadata: ["tables": "\(tables.sorted().joined(separator: ","))"])
                } catch {
                    logger.error("lookup refresh failed", metadata: ["error": "\(error)"])
                }
            }
        }
    }

    /// Waits up to half a second for notifications off the cooperative pool.
    static func wait(_ listener: Connection) async throws -> Set<String> {
        try await withCheckedThrowingContinuation { k in
            DispatchQueue.global().async {
                k.resume(with: Result { Set(try listener.notifications(timeout: 0.5).map(\.payload)) })
            }
        }
    }
}
