import AnsimLinks
import AnsimLinksStore
import AnsimServer
import Hummingbird

extension LinksRoutes {
    /// Routes over the whole graph: paths, components, communities, centralities.
    func registerGraphRoutes(on r: RouteRegistry) {
        r.add(
            RouteSpec(
                .get, "/v1/links/path", summary: "Find the shortest paths between two entities", tag: "links",
                roles: Self.roles, response: "LinkAnswer",
                query: Self.common + [
                    ("source", "first entity's ref"), ("target", "second entity's ref"),
                    ("all", "true: all shortest paths"), ("limit", "paths, default 20"),
                ])
        ) { request, context, principal in
            let q = LinkQuery.path(
                from: try Self.text(request, "source"), to: try Self.text(request, "target"),
                filter: try Self.filter(request), all: request.uri.queryParameters.get("all") == "true",
                limit: try Self.int(request, "limit", 20, 1...1_000))
            return try Self.json(try await answer(q, request, context, principal!).1)
        }
        let groupQuery = Self.common + [("min_size", "default 3"), ("top", "groups listed, default 20")]
        r.add(
            RouteSpec(
                .get, "/v1/links/components", summary: "List connected components", tag: "links", roles: Self.roles,
                response: "LinkAnswer", query: groupQuery)
        ) { request, context, principal in
            let q = LinkQuery.components(
                filter: try Self.filter(request), minSize: try Self.int(request, "min_size", 3, 1...1_000_000),
                top: try Self.int(request, "top", 20, 1...10_000))
            return try Self.json(try await answer(q, request, context, principal!).1)
        }
        r.add(
            RouteSpec(
                .get, "/v1/links/communities", summary: "Find communities (Louvain)", tag: "links", roles: Self.roles,
                response: "LinkAnswer", query: groupQuery + [("resolution", "Louvain γ, default 5")])
        ) { request, context, principal in
            let text = request.uri.queryParameters.get("resolution") ?? "5"
            guard let resolution = Double(text), resolution > 0, resolution <= 100 else {
                throw HTTPError(.badRequest, message: "resolution must be a number in (0, 100]")
            }
            let q = LinkQuery.communities(
                filter: try Self.filter(request), resolution: resolution,
                minSize: try Self.int(request, "min_size", 3, 1...1_000_000),
                top: try Self.int(request, "top", 20, 1...10_000))
            return try Self.json(try await answer(q, request, context, principal!).1)
        }
        let rankQuery = Self.common + [("top", "entities listed, default 20")]
        r.add(
            RouteSpec(
                .get, "/v1/links/pagerank", summary: "Rank entities by PageRank", tag: "links", roles: Self.roles,
                response: "LinkAnswer", query: rankQuery)
        ) { request, context, principal in
            let q = LinkQuery.pageRank(filter: try Self.filter(request), top: try Self.int(request, "top", 20, 1...10_000))
            return try Self.json(try await answer(q, request, context, principal!).1)
        }
        r.add(
            RouteSpec(
                .get, "/v1/links/betweenness", summary: "Rank entities by betweenness", tag: "links",
                roles: Self.roles, response: "LinkAnswer",
                query: rankQuery + [("samples", "source entities sampled (default all up to 2000, else 200)")])
        ) { request, context, principal in
            let samples = try request.uri.queryParameters.get("samples").map { _ in
                try Self.int(request, "samples", 200, 1...1_000_000)
            }
            let q = LinkQuery.betweenness(
                filter: try Self.filter(request), samples: samples, top: try Self.int(request, "top", 20, 1...10_000))
            return try Self.json(try await answer(q, request, context, principal!).1)
        }
    }

    /// `GET /v1/links/export`: an entity's neighbourhood as GraphML, GEXF or GeoJSON.
    func registerExport(on r: RouteRegistry) {
        r.add(
            RouteSpec(
                .get, "/v1/links/export", summary: "Export a neighbourhood for Gephi or GIS", tag: "links",
                roles: Self.roles,
                query: Self.common + [
                    ("ref", "centre entity"), ("hops", "default 2"), ("limit", "entities, default 500"),
                    ("format", "graphml (default), gexf or geojson"),
                ])
        ) { request, context, principal in
            let name = request.uri.queryParameters.get("format") ?? "graphml"
            guard let format = LinkExportFormat(rawValue: String(name)) else {
                throw HTTPError(.badRequest, message: "format must be graphml, gexf or geojson")
            }
            let q = LinkQuery.neighbours(
                ref: try Self.text(request, "ref"), hops: try Self.int(request, "hops", 2, 1...6),
                filter: try Self.filter(request), limit: try Self.int(request, "limit", 500, 1...100_000))
            let (graph, answer) = try await answer(q, request, context, principal!)
            return Response(
                status: .ok, headers: [.contentType: format.contentType],
                body: .init(byteBuffer: ByteBuffer(string: graph.export(answer, as: format))))
        }
    }
}
