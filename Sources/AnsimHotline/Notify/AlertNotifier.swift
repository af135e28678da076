import Foundation

/// Delivers geofence alerts somewhere people see them. Pluggable: a file of JSON lines,
/// a webhook, an SMS gateway, or several at once (``MultiNotifier``).
public protocol AlertNotifier: Sendable {
    /// Delivers a batch of alerts; throws when the delivery failed.
    func deliver(_ alerts: [GeofenceAlert]) async throws
}
