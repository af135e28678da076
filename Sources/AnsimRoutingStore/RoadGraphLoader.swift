import AnsimRouting
import AnsimStore
import AnsimSupport
import Foundation

/// `ansim roads load`: reads a road file, nodes it, and stores the graph.
public struct RoadGraphLoader {
    /// What a load did.
    public struct Report: Sendable {
        /// The graph's name and id.
        public var name: String
        public var id: Int
        /// Created, replaced or unchanged.
        public var outcome: RoadGraphStore.Outcome
        /// The format read.
        public var format: RoadFormat
        /// Lines read and features skipped.
        public var lines: Int
        public var skipped: Int
        /// Counts and components of the graph.
        public var summary: NetworkSummary
    }

    /// The reader (with its optional clip).
    public var reader: RoadFileReader

    /// Creates a loader.
    public init(reader: RoadFileReader = RoadFileReader()) {
        self.reader = reader
    }

    /// Loads `path` into graph `name` (default: the file's base name).
    public func load(
        path: String, format: RoadFormat? = nil, name: String? = nil, on connection: Connection
    ) throws -> Report {
        let read = try reader.read(path: path, format: format)
        let network = NetworkBuilder.build(read.lines, rule: read.format.nodingRule)
        let graphName = name ?? Self.defaultName(path)
        var params: [String: String] = ["rule": read.format.nodingRule.rawValue, "speeds": "v1"]
        if let clip = reader.clip {
            params["clip"] = "\(clip.center.x),\(clip.center.y),\(clip.radius)"
        }
        let json = String(decoding: try JSONEncoder.sorted.encode(params), as: UTF8.self)
        let sha = try SHA256.hex(ofFile: path)
        let (id, outcome) = try RoadGraphStore.save(
            network, name: graphName, format: read.format, file: (path as NSString).lastPathComponent,
            sha256: sha, params: json, on: connection)
        return Report(
            name: graphName, id: id, outcome: outcome, format: read.format, lines: read.lines.count,
            skipped: read.skipped, summary: network.summary())
    }

    /// The file's name without folders and extensions ("monaco" for monaco.osm.pbf).
    public static func defaultName(_ path: String) -> String {
        let base = (path as NSString).lastPathComponent
        return String(base.split(separator: ".").first ?? Substring(base))
    }
}

extension JSONEncoder {
    /// An encoder with sorted keys (stable text for comparisons).
    fileprivate static var sorted: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }
}
