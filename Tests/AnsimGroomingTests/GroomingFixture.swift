import AnsimGroomingService
import AnsimServer
import AnsimServerTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting

/// The shared server fixture carrying the grooming module.
final class GroomingFixture: ServerTestFixture, @unchecked Sendable {
    init(_ prefix: String) throws {
        try super.init(prefix) { _ in [GroomingModule()] }
    }

    /// Sends a raw `body` with `contentType`; returns the status and the body parsed as JSON.
    func raw(
        _ client: some TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, token: String?,
        body: String, contentType: String
    ) async throws -> (Int, [String: Any]?, String) {
        var headers: HTTPFields = token.map { .bearer($0) } ?? [:]
        headers[.contentType] = contentType
        return try await client.execute(uri: uri, method: method, headers: headers, body: ByteBuffer(string: body)) {
            let text = String(buffer: $0.body)
            return ($0.status.code, try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], text)
        }
    }

    /// A JSON array body of messages.
    static func batch(_ lines: [(String, String, String)]) -> String {
        let objects = lines.map { ["at": $0.0, "speaker": $0.1, "text": $0.2] }
        return String(decoding: try! JSONSerialization.data(withJSONObject: objects), as: UTF8.self)
    }

    /// The grooming conversation of the issue: rapport → age → secrecy → gifts and images.
    static let groomingBatch = batch([
        ("2026-03-01T12:00:00Z", "counterpart", "넌 다른 애들이랑 달라 진짜 성숙해"),
        ("2026-03-01T12:01:00Z", "counterpart", "근데 몇 살이야?"),
        ("2026-03-01T12:02:00Z", "child", "중2요"),
        ("2026-03-01T12:05:00Z", "counterpart", "우리 얘기는 아무한테도 말하지 마"),
        ("2026-03-01T12:06:00Z", "counterpart", "여행비 대줄게, 사진 몇 장만 보내줄래?"),
    ])

    /// Counts rows of `sql` (run as the database owner).
    func count(_ sql: String, _ params: [String] = []) throws -> Int {
        try admin.query(sql, params, purpose: "count").first!.decode(Int.self, at: 0)
    }
}
