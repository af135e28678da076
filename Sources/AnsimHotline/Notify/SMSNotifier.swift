import Foundation

/// An SMS gateway (an interface: the agency plugs in its provider). Recipients are
/// references (`victim:V-…`, `box:…`); the gateway resolves them to numbers on its side,
/// so phone numbers never pass through the alert path.
public protocol SMSGateway: Sendable {
    /// Sends `text` to the person or desk `recipient` names.
    func send(to recipient: String, text: String) async throws
}

/// Sends one short message per recipient of each alert through an ``SMSGateway``.
public struct SMSNotifier: AlertNotifier {
    let gateway: any SMSGateway

    /// A notifier sending through `gateway`.
    public init(gateway: any SMSGateway) { self.gateway = gateway }

    /// The message for an alert: level, case, place kind and distance — no names.
    public static func text(_ a: GeofenceAlert) -> String {
        let what = a.level == .violation ? "VIOLATION" : "warning"
        return
            "[Ansim \(what)] case \(a.caseNo): tagged offender \(Int(a.distanceM)) m from protected \(a.placeKind)"
    }

    public func deliver(_ alerts: [GeofenceAlert]) async throws {
        for a in alerts {
            for r in a.recipients { try await gateway.send(to: r, text: Self.text(a)) }
        }
    }
}
