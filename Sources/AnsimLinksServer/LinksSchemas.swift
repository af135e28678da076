import AnsimServer

/// The OpenAPI schema of the link routes' answers.
enum LinksSchemas {
    static func register(on r: RouteRegistry) {
        r.schema(
            "LinkAnswer",
            """
            type: object
            required: [query, synthetic]
            properties:
              query: {type: string, description: "neighbours, path, components, communities, pagerank, betweenness, flow or resolve"}
              synthetic: {type: boolean, description: the graph holds generated (synthetic) entities}
              count: {type: integer}
              entities: {type: array, items: {type: object}, description: "ref, kind, label, lon/lat if located, hops from the centre"}
              links: {type: array, items: {type: object}, description: "source, target, kind, at (ISO 8601 UTC), amount_krw for transfers"}
              paths: {type: array, items: {type: array, items: {type: string}}, description: shortest paths as refs}
              path_links: {type: array, items: {type: array}, description: "per path, per step: the links joining the two entities"}
              groups: {type: array, items: {type: object}, description: "components or communities: size, members (refs)"}
              modularity: {type: number}
              recovery: {type: object, description: "synthetic graphs: mean precision and recall of the planted rings"}
              ranked: {type: array, items: {type: object}, description: "ref, kind, score"}
              stops: {type: array, items: {type: object}, description: "money flow: ref, at, hops, amount_krw"}
              hints: {type: array, items: {type: object}, description: "persons sharing identifiers: first, second, shared"}
            """)
    }
}
