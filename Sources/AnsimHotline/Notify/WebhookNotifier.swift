import Crypto
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// POSTs each batch of alerts as JSON (`{"alerts": […]}`) to a URL, signed with
/// HMAC-SHA256 in `X-Ansim-Signature: sha256=<hex>` so the receiver can check the sender.
public struct WebhookNotifier: AlertNotifier {
    /// Where batches go.
    public let url: URL
    let key: [UInt8]?
    let timeout: TimeInterval

    /// A webhook to `url`, signed when `secret` is given.
    public init(url: URL, secret: [UInt8]? = nil, timeout: TimeInterval = 5) {
        self.url = url
        self.key = secret
        self.timeout = timeout
    }

    struct Payload: Encodable { var alerts: [GeofenceAlert] }

    public func deliver(_ alerts: [GeofenceAlert]) async throws {
        guard !alerts.isEmpty else { return }
        let body = try AlertJSON.encoder().encode(Payload(alerts: alerts))
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        if let key {
            let mac = HMAC<Crypto.SHA256>.authenticationCode(for: body, using: SymmetricKey(data: key))
            request.setValue(
                "sha256=" + mac.map { String(format: "%02x", $0) }.joined(),
                forHTTPHeaderField: "X-Ansim-Signature")
        }
        request.httpBody = body
        let (_, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard (200..<300).contains(status) else {
            throw NotifierError(message: "webhook \(url.host ?? "") answered HTTP \(status)")
        }
    }
}
