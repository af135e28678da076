import AnsimLinks
import AnsimLinksStore
import AnsimServer
import Hummingbird

extension LinksRoutes {
    /// Routes about one entity: its neighbourhood, money flow and resolution hints.
    func registerEntityRoutes(on r: RouteRegistry) {
        r.add(
            RouteSpec(
                .get, "/v1/links/entities/{ref}/neighbours", summary: "List an entity's k-hop neighbourhood",
                tag: "links", roles: Self.roles, response: "LinkAnswer",
                query: Self.common + [("hops", "1…6, default 2"), ("limit", "entities, default 500")])
        ) { request, context, principal in
            let ref = try context.parameters.require("ref")
            let q = LinkQuery.neighbours(
                ref: ref, hops: try Self.int(request, "hops", 2, 1...6), filter: try Self.filter(request),
                limit: try Self.int(request, "limit", 500, 1...100_000))
            return try Self.json(try await answer(q, request, context, principal!).1)
        }
        r.add(
            RouteSpec(
                .get, "/v1/links/entities/{ref}/flow", summary: "Trace money from or into an account",
                tag: "links", roles: Self.roles, response: "LinkAnswer",
                query: Self.common + [
                    ("direction", "forward (default) or backward"), ("at", "start time (default unbounded)"),
                    ("hops", "transfers, 1…12, default 6"),
                ])
        ) { request, context, principal in
            let ref = try context.parameters.require("ref")
            let direction = request.uri.queryParameters.get("direction") ?? "forward"
            guard direction == "forward" || direction == "backward" else {
                throw HTTPError(.badRequest, message: "direction must be forward or backward")
            }
            let at: Int64?
            do { at = try LinkFilter.time(request.uri.queryParameters.get("at").map { String($0) }, "at") } catch {
                throw HTTPError(.badRequest, message: "\(error)")
            }
            let q = LinkQuery.flow(
                ref: ref, forward: direction == "forward", time: at, hops: try Self.int(request, "hops", 6, 1...12),
                filter: try Self.filter(request))
            return try Self.json(try await answer(q, request, context, principal!).1)
        }
        r.add(
            RouteSpec(
                .get, "/v1/links/entities/{ref}/resolution", summary: "List entity-resolution hints of a person",
                tag: "links", roles: Self.roles, response: "LinkAnswer",
                query: Self.common + [("min_shared", "shared identifiers, default 1"), ("limit", "default 100")])
        ) { request, context, principal in
            let ref = try context.parameters.require("ref")
            let q = LinkQuery.resolve(
                ref: ref, minShared: try Self.int(request, "min_shared", 1, 1...20),
                limit: try Self.int(request, "limit", 100, 1...10_000))
            return try Self.json(try await answer(q, request, context, principal!).1)
        }
    }
}
