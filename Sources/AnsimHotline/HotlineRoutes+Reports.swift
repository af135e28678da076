import AnsimServer
import AnsimStore
import Foundation
import Hummingbird

extension HotlineRoutes {
    func registerReports(on r: RouteRegistry) {
        let server = self.server
        r.add(
            RouteSpec(
                .get, "/hotline/stats", summary: "Case counts per organisation", tag: "hotline-reports",
                roles: [.analyst, .supervisor], response: "Counts")
        ) { _, context, p in
            let rows = try await server.database.withScope(
                p!, client: context.clientAddress, purpose: "case counts"
            ) {
                try HotlineReports.counts(on: $0)
            }
            return try JSONBody.response(rows)
        }
        r.add(
            RouteSpec(
                .get, "/hotline/recurrence", summary: "Monthly recurrence report (counts only)",
                tag: "hotline-reports", roles: [.analyst, .supervisor], response: "RecurrenceReport",
                query: [("month", "YYYY-MM")])
        ) { request, context, p in
            let month = request.uri.queryParameters.get("month") ?? ""
            guard month.count == 7, month.dropFirst(4).first == "-" else {
                throw HTTPError(.badRequest, message: "month must be YYYY-MM")
            }
            let rows = try await server.database.withScope(
                p!, client: context.clientAddress, purpose: "recurrence report"
            ) {
                try HotlineReports.recurrence(month: month, on: $0)
            }
            return try JSONBody.response(rows)
        }
    }
}
