import AnsimSupport
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Delivers a report's figures (`figures.json`, with the report's file paths) by HTTP POST.
/// Any 2xx answer is delivery; anything else, or no answer within `timeout`, is a failure
/// the scheduler retries with backoff.
public struct WebhookDelivery: Sendable {
    public var timeout: TimeInterval

    public init(timeout: TimeInterval = 30) { self.timeout = timeout }

    public func deliver(_ body: Data, to url: String) async throws {
        guard let target = URL(string: url) else { throw AnsimError("webhook \(url): not a URL") }
        var request = URLRequest(url: target, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.setValue("application/json; charset=utf-8", forHTTPHeaderField: "Content-Type")
        request.setValue("ansim/\(AnsimVersion.current)", forHTTPHeaderField: "User-Agent")
        request.httpBody = body
        let response: URLResponse
        do {
            (_, response) = try await URLSession.shared.data(for: request)
        } catch {
            throw AnsimError("webhook \(url): \(error.localizedDescription)")
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard (200..<300).contains(status) else { throw AnsimError("webhook \(url): HTTP \(status)") }
    }
}
