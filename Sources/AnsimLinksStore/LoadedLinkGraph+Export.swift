import AnsimLinks

/// The formats of `ansim links export` and `GET /v1/links/export`.
public enum LinkExportFormat: String, CaseIterable, Sendable {
    case graphml
    case gexf
    case geojson

    /// The media type of the format.
    public var contentType: String {
        switch self {
        case .graphml: "application/graphml+xml"
        case .gexf: "application/gexf+xml"
        case .geojson: "application/geo+json"
        }
    }
}

extension LoadedLinkGraph {
    /// The subgraph of a neighbourhood or flow answer in `format` (GeoJSON: its located entities).
    public func export(_ answer: LinkAnswer, as format: LinkExportFormat) -> String {
        switch format {
        case .graphml: LinkExport.graphML(graph, entities: answer.entityIndexes, links: answer.linkIndexes)
        case .gexf: LinkExport.gexf(graph, entities: answer.entityIndexes, links: answer.linkIndexes)
        case .geojson: LinkExport.geoJSON(graph, entities: answer.entityIndexes)
        }
    }
}
