import AnsimGrooming
import AnsimServer
import AnsimStore
import Foundation
import Hummingbird

extension GroomingRoutes {
    func registerTransitions(on r: RouteRegistry) {
        route(r, "claim", "Claim a grooming alert", request: "GroomingClaim", to: .claimed) { request in
            let b = try await Self.optionalBody(GroomingRequest.Claim.self, request) ?? .init(assignee: nil)
            return Change(assignee: b.assignee)
        }
        route(r, "assess", "Record the assessment of a grooming alert", request: "GroomingAssess", to: .assessed) {
            request in
            let b = try await JSONBody.decode(GroomingRequest.Assess.self, from: request)
            guard !b.note.isEmpty else { throw HTTPError(.unprocessableContent, message: "the assessment note is empty") }
            return Change(note: b.note)
        }
        route(r, "escalate", "Escalate a grooming alert (police report or rescue)", request: "GroomingEscalate",
              to: .escalated) { request in
            let b = try await JSONBody.decode(GroomingRequest.Escalate.self, from: request)
            guard let kind = GroomingEscalation(rawValue: b.kind) else {
                throw HTTPError(.unprocessableContent, message: "kind must be police_report or rescue")
            }
            return Change(escalation: kind, note: b.note)
        }
        route(r, "close", "Close a grooming alert", request: "GroomingClose", to: .closed) { request in
            let b = try await JSONBody.decode(GroomingRequest.Close.self, from: request)
            guard !b.outcome.isEmpty else { throw HTTPError(.unprocessableContent, message: "the outcome is empty") }
            return Change(outcome: b.outcome)
        }
    }

    /// What a transition's body asks for.
    struct Change: Sendable {
        var assignee: String? = nil
        var escalation: GroomingEscalation? = nil
        var note: String? = nil
        var outcome: String? = nil
    }

    private func route(
        _ r: RouteRegistry, _ verb: String, _ summary: String, request schema: String, to: GroomingAlertStatus,
        _ body: @escaping @Sendable (Request) async throws -> Change
    ) {
        let store = self.store
        let server = self.server
        r.add(
            RouteSpec(
                .post, "/v1/grooming/alerts/{id}/\(verb)", summary: summary, tag: "grooming", roles: Self.roles,
                request: schema, response: "GroomingAlertSummary"
            ).documenting(422)
        ) { request, context, p in
            let id = try Self.alertID(context)
            let change = try await body(request)
            let now = server.clock.now()
            let principal = p!
            do {
                let a = try await server.database.withScope(principal, client: context.clientAddress, purpose: "\(verb) alert \(id)") { c in
                    try store.transition(
                        id, to: to, actor: principal.username, isSupervisor: principal.role == .supervisor,
                        assignee: change.assignee, escalation: change.escalation, note: change.note,
                        outcome: change.outcome, now: now, on: c)
                }
                return try JSONBody.response(a)
            } catch let e as GroomingStore.TransitionError {
                throw Self.map(e, id: id)
            }
        }
    }

    /// Decodes a body that may be empty.
    static func optionalBody<T: Decodable>(_ type: T.Type, _ request: Request) async throws -> T? {
        let buffer = try await request.body.collect(upTo: 1 << 16)
        guard buffer.readableBytes > 0 else { return nil }
        do { return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView)) } catch {
            throw HTTPError(.badRequest, message: "the request body is not the JSON this route expects")
        }
    }
}
