import AnsimGrooming
import AnsimServer
import AnsimStore
import Foundation
import Hummingbird

extension GroomingRoutes {
    func registerMessages(on r: RouteRegistry) {
        let store = self.store
        let server = self.server
        r.add(
            RouteSpec(
                .post, "/v1/conversations/{id}/messages",
                summary: "Score and store a batch of conversation messages", tag: "grooming", roles: Self.roles,
                request: "GroomingMessages", response: "GroomingIngest",
                query: [
                    ("platform", "the chat platform (default chat)"),
                    ("child_ref", "pseudonymous reference of the child (new conversations; default random)"),
                    ("counterpart_ref", "pseudonymous reference of the counterpart"),
                    ("synthetic", "true when the messages are synthetic"),
                ]
            ).documenting(422)
        ) { request, context, p in
            guard let external = context.parameters.get("id"), !external.isEmpty, external.count <= 200 else {
                throw HTTPError(.badRequest, message: "the conversation id must be 1–200 characters")
            }
            let messages = try await Self.messages(request, conversation: external)
            guard !messages.isEmpty else { throw HTTPError(.badRequest, message: "the batch has no messages") }
            guard messages.count <= 5000 else { throw HTTPError(.contentTooLarge, message: "at most 5000 messages per batch") }
            let q = request.uri.queryParameters
            let origin = GroomingStore.Origin(
                platform: q.get("platform") ?? "chat", externalID: external, childRef: q.get("child_ref"),
                counterpartRef: q.get("counterpart_ref"), synthetic: q.get("synthetic") == "true")
            let now = server.clock.now()
            let result = try await server.database.withScope(
                p!, client: context.clientAddress, purpose: "score conversation messages"
            ) { c in
                try store.ingest(messages, origin: origin, now: now, on: c)
            }
            return try JSONBody.response(result, status: .ok)
        }
    }
}
