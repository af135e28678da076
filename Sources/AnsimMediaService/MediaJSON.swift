import Foundation
import Hummingbird

/// JSON of the media routes: snake_case keys, ISO 8601 times.
enum MediaJSON {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        e.keyEncodingStrategy = .convertToSnakeCase
        return e
    }()

    static let decoder: JSONDecoder = {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        d.keyDecodingStrategy = .convertFromSnakeCase
        return d
    }()

    /// A JSON response.
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        Response(
            status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    /// Decodes one JSON value, with a 400 naming the field that does not fit.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, what: String) throws -> T {
        do {
            return try decoder.decode(T.self, from: data)
        } catch let DecodingError.keyNotFound(key, _) {
            throw HTTPError(.badRequest, message: "\(what) lacks the field \"\(snake(key.stringValue))\"")
        } catch let DecodingError.typeMismatch(_, ctx), let DecodingError.valueNotFound(_, ctx) {
            let field = ctx.codingPath.map { snake($0.stringValue) }.joined(separator: ".")
            throw HTTPError(.badRequest, message: "\(what): the field \"\(field)\" has the wrong type")
        } catch let DecodingError.dataCorrupted(ctx) {
            let field = ctx.codingPath.map { snake($0.stringValue) }.joined(separator: ".")
            throw HTTPError(.badRequest, message: "\(what) is not valid JSON\(field.isEmpty ? "" : " at \"\(field)\"")")
        } catch {
            throw HTTPError(.badRequest, message: "\(what) is not the JSON this route expects")
        }
    }

    private static func snake(_ name: String) -> String {
        name.reduce(into: "") { out, ch in
            if ch.isUppercase { out += "_" + ch.lowercased() } else { out.append(ch) }
        }
    }
}
