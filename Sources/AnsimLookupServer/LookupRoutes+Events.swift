import AnsimLookup
import AnsimServer
import Foundation
import Hummingbird

extension LookupRoutes {
    func registerEvents(on r: RouteRegistry) {
        r.add(
            RouteSpec(
                .get, "/incidents/{id}/events", summary: "Follow an incident's lookup (Server-Sent Events)",
                tag: "lookup", roles: [.dispatcher, .patrolOfficer],
                query: [("max_events", "end the stream after this many events (default: never)")])
        ) { request, context, principal in
            let principal = principal!
            let raw = try context.parameters.require("id")
            let incident = raw.removingPercentEncoding ?? raw
            guard let dispatched = channels.isDispatched(principal.username, to: incident) else {
                throw HTTPError(.notFound, message: "no open incident \(incident)")
            }
            if principal.role == .patrolOfficer, !dispatched {
                throw HTTPError(.forbidden, message: "\(principal.username) is not dispatched to incident \(incident)")
            }
            let limit = request.uri.queryParameters.get("max_events", as: Int.self) ?? Int.max
            guard limit > 0 else { throw HTTPError(.badRequest, message: "max_events must be positive") }
            guard let stream = channels.subscribe(incident) else {
                throw HTTPError(.notFound, message: "no open incident \(incident)")
            }
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                body: ResponseBody { writer in
                    var sent = 0
                    for await message in stream {
                        try await writer.write(ByteBuffer(string: message))
                        sent += 1
                        if sent >= limit { break }
                    }
                    try await writer.finish(nil)
                })
        }
    }
}
