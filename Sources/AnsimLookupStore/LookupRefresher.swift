import AnsimStore
import Foundation
import Logging
import ServiceLifecycle

/// Keeps a ``LookupStore`` warm: listens on the `ansim_lookup` channel (the NOTIFY
/// triggers of sql/009_lookup.sql, one per statement and table) and refreshes the
/// tables named, a batch at a time, until the service group shuts down.
public struct LookupRefresher: Service {
    let store: LookupStore
    let logger: Logger

    /// A refresher for `store`.
    public init(store: LookupStore, logger: Logger = Logger(label: "ansim.lookup")) {
        self.store = store
        self.logger = logger
    }

    public func run() async throws {
        let listener = try Connection(store.settings, database: store.database, purpose: "connect the lookup listener")
        try listener.executeScript("LISTEN ansim_lookup", purpose: "listen for lookup changes")
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                let tables = try await Self.wait(listener)
                guard !tables.isEmpty else { continue }
                do {
                    try store.refresh(tables)
                    logger.info("lookup refreshed", metadata: ["tables": "\(tables.sorted().joined(separator: ","))"])
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
