import AnsimLinks
import AnsimLinksStore
import AnsimServer
import Foundation
import Hummingbird

/// The handlers: parse, answer on the cached graph inside the investigator's request
/// transaction, audit there, encode.
struct LinksRoutes: Sendable {
    let cache: LinksGraphCache
    let server: ServerContext

    /// Who may ask: investigators only.
    static let roles: Set<AppRole> = [.investigator]

    /// Query parameters every route takes.
    static let common: [(String, String)] = [
        ("kinds", "link kinds walked, comma-separated (default all)"),
        ("from", "window start (ISO 8601 or YYYY-MM-DD; KST without offset)"),
        ("to", "window end, exclusive"),
        ("case", "case number: the audit record's subject"),
        ("purpose", "why (recorded in the audit trail)"),
    ]

    /// Answers `query` for `principal` and audits it, in one transaction.
    func answer(_ query: LinkQuery, _ request: Request, _ context: ServerRequestContext, _ principal: Principal)
        async throws -> (LoadedLinkGraph, LinkAnswer)
    {
        let purpose = String((request.uri.queryParameters.get("purpose") ?? "link analysis").prefix(200))
        let subject = request.uri.queryParameters.get("case").map { "case:" + $0.prefix(64) }
        let cache = self.cache
        do {
            return try await server.database.withScope(principal, client: context.clientAddress, purpose: purpose) { c in
                let graph = try cache.current(on: c)
                let answer = try LinksStore.ask(
                    query, graph: graph, subject: subject, purpose: purpose, role: principal.role.databaseRole, on: c)
                return (graph, answer)
            }
        } catch let e as LinkQueryError {
            throw HTTPError(e.notFound ? .notFound : .badRequest, message: e.description)
        }
    }

    /// The filter of the request's `kinds`, `from` and `to`.
    static func filter(_ request: Request) throws -> LinkFilter {
        let q = request.uri.queryParameters
        do {
            return try LinkFilter.parse(kinds: q.get("kinds"), from: q.get("from"), to: q.get("to"))
        } catch let e as LinkQueryError {
            throw HTTPError(.badRequest, message: e.description)
        }
    }

    /// An integer parameter within `range`.
    static func int(_ request: Request, _ name: String, _ fallback: Int, _ range: ClosedRange<Int>) throws -> Int {
        guard let text = request.uri.queryParameters.get(name) else { return fallback }
        guard let v = Int(text), range.contains(v) else {
            throw HTTPError(.badRequest, message: "\(name) must be an integer in \(range.lowerBound)…\(range.upperBound)")
        }
        return v
    }

    /// A required text parameter.
    static func text(_ request: Request, _ name: String) throws -> String {
        guard let v = request.uri.queryParameters.get(name), !v.isEmpty else {
            throw HTTPError(.badRequest, message: "missing \(name)")
        }
        return String(v)
    }

    /// The answer as JSON.
    static func json(_ answer: LinkAnswer) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Response(
            status: .ok, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(answer))))
    }
}
