import AnsimGrooming
import AnsimServer
import AnsimStore
import Foundation
import Hummingbird

/// The route handlers (split by concern across extensions).
struct GroomingRoutes: Sendable {
    let store: GroomingStore
    let server: ServerContext

    /// Roles that work the grooming queue.
    static let roles: Set<AppRole> = [.counsellor, .supervisor]

    /// The `{id}` path parameter as an alert id.
    static func alertID(_ context: ServerRequestContext) throws -> Int64 {
        guard let text = context.parameters.get("id"), let id = Int64(text) else {
            throw HTTPError(.badRequest, message: "the alert id must be a number")
        }
        return id
    }

    /// The HTTP error for a refused transition.
    static func map(_ error: GroomingStore.TransitionError, id: Int64) -> HTTPError {
        switch error {
        case .notFound:
            HTTPError(.notFound, message: "alert \(id) not found (or not one of your organisation's alerts)")
        case .invalid(let from, let to):
            HTTPError(
                .conflict,
                message: "alert \(id) is \(from); it cannot move to \(to) (open → claimed → assessed → escalated → closed)")
        case .notAssignee(let who):
            HTTPError(.forbidden, message: "alert \(id) is claimed by \(who ?? "nobody"); only they or a supervisor may act on it")
        }
    }

    /// Reads the messages of a POST body: a JSON array, or NDJSON when the content type says so.
    static func messages(_ request: Request, conversation: String) async throws -> [GroomingMessage] {
        let buffer = try await request.body.collect(upTo: 4 << 20)
        let text = String(buffer: buffer)
        let type = request.headers[.contentType] ?? ""
        do {
            if type.contains("ndjson") { return try GroomingInput.ndjson(text, conversation: conversation) }
            let lines: [GroomingInput.Line]
            do { lines = try JSONDecoder().decode([GroomingInput.Line].self, from: Data(text.utf8)) } catch {
                throw HTTPError(
                    .badRequest,
                    message: "the body must be a JSON array of {\"at\", \"speaker\", \"text\"} objects "
                        + "(or NDJSON with Content-Type: application/x-ndjson)\(Self.where(error))")
            }
            return try lines.enumerated().map { n, l in
                try GroomingInput.message(l, conversation: conversation, where: "message \(n + 1)")
            }
        } catch let e as GroomingInputError {
            throw HTTPError(e.invalid ? .unprocessableContent : .badRequest, message: e.description)
        }
    }

    /// ": message N lacks …" from a decoding error, when it says where.
    static func `where`(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let ctx):
            return ": message \((ctx.codingPath.first?.intValue ?? 0) + 1) lacks \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let ctx), DecodingError.valueNotFound(_, let ctx):
            guard let first = ctx.codingPath.first?.intValue else { return "" }
            return ": message \(first + 1), field \"\(ctx.codingPath.last?.stringValue ?? "")\" has the wrong type"
        default: return ""
        }
    }
}
