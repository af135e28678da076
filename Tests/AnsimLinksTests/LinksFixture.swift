import AnsimLinks
import Foundation
import Testing

/// The networkx reference fixtures (scripts/fixtures/links.py).
enum LinksFixture {
    /// Rows of `Fixtures/<name>.csv` without the header, split on commas.
    static func rows(_ name: String) throws -> [[String]] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Fixtures"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    /// The fixture's graph: entities 0…399 (kinds by index mod 8), its links.
    static func graph() throws -> LinkGraph {
        let nodes = try rows("links_nodes").count
        let entities = (0..<nodes).map { i in
            let kind = EntityKind.allCases[i % EntityKind.allCases.count]
            return LinkEntity(ref: "N\(i)", kind: kind)
        }
        let links = try rows("links_graph").map { r in
            Link(Int32(r[0])!, Int32(r[1])!, LinkKind.at(UInt8(r[2])!), at: Int64(r[3])!, amount: Int64(r[4])!)
        }
        return LinkGraph(entities: entities, links: links)
    }

    /// `links_nodes.csv` column `name` as doubles, by node.
    static func column(_ name: String) throws -> [Double] {
        let header = ["node", "pagerank", "pagerank_calls", "betweenness", "component", "degree"]
        let i = header.firstIndex(of: name)!
        return try rows("links_nodes").map { Double($0[i])! }
    }

    /// `links_summary.csv` as a dictionary.
    static func summary() throws -> [String: Double] {
        Dictionary(uniqueKeysWithValues: try rows("links_summary").map { ($0[0], Double($0[1])!) })
    }
}
