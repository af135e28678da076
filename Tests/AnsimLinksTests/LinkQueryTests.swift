import AnsimLinks
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Neighbourhoods, filters, money flow, resolution hints and exports on a hand-made graph:
///
///     victim account A0 ─1000─► M1 (t=100) ─600─► M2 (t=200) ─600─► C (t=300)
///                                 └─400─► M3 (t=50: before the money arrived)
///     phone P0 ─called─► P1 (t=10), person X ◄─registered─ P0, P1 ─registered─► Y
@Suite struct LinkQueryTests {
    static func graph() -> LinkGraph {
        let kinds: [EntityKind] = [.account, .account, .account, .account, .account, .phone, .phone, .person, .person, .address]
        let entities = kinds.enumerated().map { LinkEntity(ref: "E\($0)", kind: $1, lon: $1 == .address ? 127.0 : nil, lat: $1 == .address ? 37.5 : nil) }
        return LinkGraph(entities: entities, links: [
            Link(0, 1, .transferred, at: 100, amount: 1_000),
            Link(1, 2, .transferred, at: 200, amount: 600),
            Link(2, 4, .transferred, at: 300, amount: 600),
            Link(1, 3, .transferred, at: 50, amount: 400),
            Link(5, 6, .called, at: 10),
            Link(5, 7, .registeredTo, at: 0),
            Link(6, 8, .registeredTo, at: 0),
            Link(9, 7, .registeredTo, at: 0),
            Link(9, 8, .registeredTo, at: 0),
            Link(0, 7, .registeredTo, at: 0),
        ])
    }

    @Test func neighbourhoodHonoursHopsKindsAndTime() {
        let g = Self.graph()
        let two = g.neighbourhood(of: 0, hops: 2)
        #expect(two.entities.map(\.index) == [0, 1, 7, 2, 3, 5, 9])
        let money = g.neighbourhood(of: 0, hops: 5, filter: LinkFilter(kinds: [.transferred]))
        #expect(money.entities.map(\.index).sorted() == [0, 1, 2, 3, 4])
        let early = g.neighbourhood(of: 0, hops: 5, filter: LinkFilter(kinds: [.transferred], from: 60, to: 250))
        #expect(early.entities.map(\.index) == [0, 1, 2])
        #expect(early.links == [0, 1])
    }

    @Test func moneyFlowRespectsTime() {
        let g = Self.graph()
        let forward = g.moneyFlow(from: 0, forward: true)
        #expect(forward.stops.map(\.index) == [0, 1, 2, 4])  // not M3: paid before the money came
        #expect(forward.stops.last?.amount == 600 && forward.stops.last?.hops == 3)
        let backward = g.moneyFlow(from: 4, forward: false)
        #expect(backward.stops.map(\.index) == [4, 2, 1, 0])
        #expect(g.moneyFlow(from: 0, forward: true, hops: 1).stops.map(\.index) == [0, 1])
    }

    @Test func pathsAcrossKinds() {
        let g = Self.graph()
        #expect(g.shortestPath(from: 0, to: 8) == [0, 7, 9, 8])
        #expect(g.allShortestPaths(from: 7, to: 8) == [[7, 9, 8]])
        #expect(g.shortestPath(from: 0, to: 8, filter: LinkFilter(kinds: [.transferred])) == nil)
    }

    @Test func resolutionHintsNameTheSharedAddress() {
        let hints = Self.graph().resolutionHints()
        #expect(hints == [ResolutionHint(first: 7, second: 8, shared: [9])])
    }

    @Test func exportsAreWellFormed() throws {
        let g = Self.graph()
        let all = Array(0..<g.entityCount), links = Array(0..<g.linkCount)
        for text in [LinkExport.graphML(g, entities: all, links: links), LinkExport.gexf(g, entities: all, links: links)] {
            _ = try XMLDocument(xmlString: text)
        }
        let geo = try JSONSerialization.jsonObject(with: Data(LinkExport.geoJSON(g, entities: all).utf8)) as? [String: Any]
        #expect((geo?["features"] as? [Any])?.count == 1)
    }
}
