import Foundation

/// Delivers to several notifiers; one failing does not stop the others.
public struct MultiNotifier: AlertNotifier {
    let notifiers: [any AlertNotifier]

    /// Delivers to each of `notifiers`.
    public init(_ notifiers: [any AlertNotifier]) { self.notifiers = notifiers }

    public func deliver(_ alerts: [GeofenceAlert]) async throws {
        var failures: [String] = []
        for n in notifiers {
            do { try await n.deliver(alerts) } catch { failures.append("\(type(of: n)): \(error)") }
        }
        if !failures.isEmpty { throw NotifierError(message: failures.joined(separator: "; ")) }
    }
}
