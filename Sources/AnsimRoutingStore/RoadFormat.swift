import AnsimETL
import AnsimRouting
import AnsimSupport
import Foundation

/// The road data formats `ansim roads load` reads.
public enum RoadFormat: String, Sendable, CaseIterable, Codable {
    /// 도로명주소 전자지도 road sections (`TL_SPRD_MANAGE`: RN, ROA_CLS_SE, ROAD_BT, …),
    /// EPSG:5179, whole roads not split at intersections.
    case juso
    /// OpenStreetMap (`.osm`, `.osm.pbf`, `.osm.bz2`) through GDAL's OSM driver.
    case osm
    /// The national standard node-link network (`MOCT_LINK`: LINK_ID, F_NODE, T_NODE,
    /// ROAD_RANK, MAX_SPD, …), EPSG:5186, one directed link per direction.
    case moct

    /// How lines of this format become edges.
    public var nodingRule: NodingRule {
        switch self {
        case .juso: .allCrossings
        case .osm: .sharedVertices
        case .moct: .givenTopology
        }
    }

    /// The format of `path` from its name (OSM) or its fields (juso, MOCT).
    ///
    /// - Throws: when the file holds none of the three formats.
    public static func detect(path: String, source: VectorSource) throws -> RoadFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".pbf") || lower.hasSuffix(".osm") || lower.hasSuffix(".osm.bz2")
            || source.layers.first?.driver == "OSM"
        {
            return .osm
        }
        for layer in source.layers {
            let names = Set(layer.fields.map { $0.name.uppercased() })
            if names.isSuperset(of: ["LINK_ID", "F_NODE", "T_NODE"]) { return .moct }
            if names.isSuperset(of: ["RN", "ROA_CLS_SE"]) { return .juso }
        }
        let fields = source.layers.first?.fields.prefix(8).map(\.name).joined(separator: ", ") ?? "none"
        throw AnsimError(
            "\(path): not a road file Ansim knows (juso TL_SPRD_MANAGE with RN and ROA_CLS_SE, "
                + "MOCT_LINK with LINK_ID, F_NODE and T_NODE, or OSM); its fields: \(fields)")
    }

    /// The layer of `source` to read for this format.
    func layer(in source: VectorSource, path: String) throws -> VectorLayer {
        switch self {
        case .osm:
            return try source.layer(named: "lines")
        case .juso, .moct:
            let needed: Set<String> = self == .juso ? ["RN", "ROA_CLS_SE"] : ["LINK_ID", "F_NODE", "T_NODE"]
            let preferred = self == .juso ? "TL_SPRD_MANAGE" : "MOCT_LINK"
            let candidates = source.layers.filter {
                Set($0.fields.map { $0.name.uppercased() }).isSuperset(of: needed)
            }
            guard
                let layer = candidates.first(where: { $0.name.uppercased() == preferred }) ?? candidates.first
            else {
                throw AnsimError(
                    "\(path): no layer with the \(rawValue) fields \(needed.sorted().joined(separator: ", "))"
                )
            }
            return layer
        }
    }
}
