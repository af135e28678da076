import AnsimGrooming
import AnsimServer
import AnsimStore
import Foundation
import Hummingbird

extension GroomingRoutes {
    func registerAlerts(on r: RouteRegistry) {
        let store = self.store
        let server = self.server
        r.add(
            RouteSpec(
                .get, "/v1/grooming/alerts", summary: "List grooming alerts", tag: "grooming", roles: Self.roles,
                response: "GroomingAlerts",
                query: [("status", "open, claimed, assessed, escalated or closed"), ("overdue", "true: past their SLA only")])
        ) { request, context, p in
            let q = request.uri.queryParameters
            let status = q.get("status")
            if let status, GroomingAlertStatus(rawValue: status) == nil {
                throw HTTPError(.badRequest, message: "status must be one of open, claimed, assessed, escalated, closed")
            }
            let overdue = q.get("overdue") == "true"
            let now = server.clock.now()
            let list = try await server.database.withScope(p!, client: context.clientAddress, purpose: "alert queue") {
                try store.alerts(status: status, overdueOnly: overdue, now: now, on: $0)
            }
            return try JSONBody.response(["alerts": list])
        }
        r.add(
            RouteSpec(
                .get, "/v1/grooming/alerts/{id}", summary: "Show a grooming alert with its messages", tag: "grooming",
                roles: Self.roles, response: "GroomingAlert",
                query: [("purpose", "why the messages are read (audited)"), ("all", "true: every message, not only flagged ones")])
        ) { request, context, p in
            let id = try Self.alertID(context)
            let purpose = request.uri.queryParameters.get("purpose") ?? "assess a grooming alert"
            let all = request.uri.queryParameters.get("all") == "true"
            let now = server.clock.now()
            let detail = try await server.database.withScope(p!, client: context.clientAddress, purpose: purpose) {
                try store.show(id, purpose: purpose, allMessages: all, now: now, on: $0)
            }
            guard let detail else { throw Self.map(.notFound, id: id) }
            return try JSONBody.response(detail)
        }
        registerTransitions(on: r)
    }
}
