import AnsimServer
import AnsimStore
import Foundation
import Hummingbird

/// The route handlers (split by concern across extensions).
struct HotlineRoutes: Sendable {
    let store: HotlineStore
    let server: ServerContext
    let monitor: GeofenceMonitor?

    /// The `{id}` path parameter as a case id.
    static func caseID(_ context: ServerRequestContext) throws -> Int64 {
        guard let text = context.parameters.get("id"), let id = Int64(text) else {
            throw HTTPError(.badRequest, message: "the case id must be a number")
        }
        return id
    }

    static func notFound(_ id: Int64) -> HTTPError {
        HTTPError(.notFound, message: "case \(id) not found (or not one of your organisation's cases)")
    }

    /// Runs `body` in the principal's scope and answers with the case as it now is.
    func changeAndShow(
        _ p: Principal, _ context: ServerRequestContext, _ id: Int64, purpose: String,
        _ body: @escaping @Sendable (Connection) throws -> Bool
    ) async throws -> Response {
        let store = self.store
        let view = try await server.database.withScope(p, client: context.clientAddress, purpose: purpose) {
            c in
            guard try body(c) else { return nil as CaseView? }
            return try store.show(id, purpose: purpose, on: c)
        }
        guard let view else { throw Self.notFound(id) }
        return try JSONBody.response(view)
    }
}
