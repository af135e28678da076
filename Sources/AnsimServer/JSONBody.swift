import Foundation
import Hummingbird

/// JSON responses.
public enum JSONBody {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return e
    }()

    /// A JSON response with `value`.
    public static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response
    {
        let data = try encoder.encode(value)
        return Response(
            status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Decodes the request's JSON body as `T`, with a clear 400 when it does not fit.
    public static func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        let buffer = try await request.body.collect(upTo: 1 << 20)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(T.self, from: Data(buffer.readableBytesView))
        } catch let DecodingError.keyNotFound(key, _) {
            throw HTTPError(.badRequest, message: "the request body lacks the field \"\(key.stringValue)\"")
        } catch let DecodingError.typeMismatch(_, ctx), let DecodingError.valueNotFound(_, ctx) {
            let field = ctx.codingPath.map(\.stringValue).joined(separator: ".")
            throw HTTPError(.badRequest, message: "the field \"\(field)\" has the wrong type")
        } catch {
            throw HTTPError(.badRequest, message: "the request body is not the JSON this route expects")
        }
    }
}
