import AnsimSupport
import Foundation
import Hummingbird
import HummingbirdTesting

extension ServerTestFixture {
    /// Logs `username` in through the API and returns the token.
    public func login(_ client: some TestClientProtocol, _ username: String) async throws -> String {
        let body = try JSONSerialization.data(withJSONObject: [
            "username": username, "password": Self.password, "totp": code(username) ?? "",
        ])
        return try await client.execute(uri: "/auth/login", method: .post, body: ByteBuffer(bytes: body)) {
            r in
            guard r.status == .ok else {
                throw AnsimError("login \(username): \(r.status.code) \(String(buffer: r.body))")
            }
            let json =
                try JSONSerialization.jsonObject(with: Data(r.body.readableBytesView)) as! [String: Any]
            return json["token"] as! String
        }
    }

    /// Sends `json` (if any) with `token` (if any) and returns the status code and the body.
    public func send(
        _ client: some TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, token: String?,
        _ json: [String: Any]? = nil
    ) async throws -> (Int, String) {
        let body = try json.map { ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: $0)) }
        return try await client.execute(
            uri: uri, method: method, headers: token.map { .bearer($0) } ?? [:], body: body
        ) {
            ($0.status.code, String(buffer: $0.body))
        }
    }

    /// GETs `uri` with `token` and returns the status, the body parsed as a JSON object
    /// (nil when it is not one) and the body's text.
    public func get(_ client: some TestClientProtocol, _ uri: String, token: String?) async throws
        -> (status: HTTPResponse.Status, json: [String: Any]?, text: String)
    {
        try await client.execute(uri: uri, method: .get, headers: token.map { .bearer($0) } ?? [:]) { r in
            let text = String(buffer: r.body)
            return (r.status, try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], text)
        }
    }
}

extension HTTPFields {
    /// Headers with a bearer token.
    public static func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer " + token] }
}
