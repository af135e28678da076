import AnsimLinks
import Testing

/// The link graph's measures against networkx 3.2.1 on the same graph
/// (scripts/fixtures/links.py). Tolerances: PageRank 1e-10 absolute per node (both
/// iterate to an L1 change below 1e-13·n; ranks are ~1e-3), betweenness and degree
/// 1e-12 (exact arithmetic on the same counts); components and paths exactly.
@Suite struct LinksVersusNetworkXTests {
    @Test func pageRankEqualsNetworkX() throws {
        let g = try LinksFixture.graph()
        let (rank, iterations) = g.pageRank(tolerance: 1e-13)
        let reference = try LinksFixture.column("pagerank")
        let worst = zip(rank, reference).map { abs($0 - $1) }.max()!
        print("PageRank: \(iterations) iterations, max |Ansim − networkx| = \(worst)")
        #expect(worst < 1e-10)
        #expect(abs(rank.reduce(0, +) - 1) < 1e-9)
    }

    @Test func pageRankOnCallsAndTransfersEqualsNetworkX() throws {
        let g = try LinksFixture.graph()
        let (rank, _) = g.pageRank(filter: LinkFilter(kinds: [.called, .transferred]), tolerance: 1e-13)
        let reference = try LinksFixture.column("pagerank_calls")
        #expect(zip(rank, reference).allSatisfy { abs($0 - $1) < 1e-10 })
    }

    @Test func betweennessEqualsNetworkX() throws {
        let g = try LinksFixture.graph()
        let bc = SimpleGraph(g).betweenness()
        let reference = try LinksFixture.column("betweenness")
        let worst = zip(bc, reference).map { abs($0 - $1) }.max()!
        print("betweenness: max |Ansim − networkx| = \(worst)")
        #expect(worst < 1e-12)
    }

    @Test func sampledBetweennessApproximatesExact() throws {
        let g = SimpleGraph(try LinksFixture.graph())
        let exact = g.betweenness()
        let sampled = g.betweenness(samples: 200, seed: 7)
        let top = exact.indices.max { exact[$0] < exact[$1] }!
        #expect(sampled.indices.max { sampled[$0] < sampled[$1] }! == top)
        #expect(abs(sampled[top] - exact[top]) / exact[top] < 0.25)
    }

    @Test func degreeEqualsNetworkX() throws {
        let g = try LinksFixture.graph()
        let reference = try LinksFixture.column("degree")
        #expect(zip(g.degreeCentrality(), reference).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test func componentsEqualNetworkX() throws {
        let g = try LinksFixture.graph()
        let label = SimpleGraph(g).components()
        let reference = try LinksFixture.column("component").map { Int32($0) }
        #expect(label == reference)
        #expect(Double(Set(label).count) == (try LinksFixture.summary())["components"])
    }

    @Test func shortestPathsEqualNetworkX() throws {
        let g = try LinksFixture.graph()
        for r in try LinksFixture.rows("links_paths") {
            let (a, b, length, count) = (Int(r[0])!, Int(r[1])!, Int(r[2])!, Int(r[3])!)
            let paths = g.allShortestPaths(from: a, to: b, limit: 10_000)
            if length < 0 {
                #expect(paths.isEmpty && g.shortestPath(from: a, to: b) == nil)
                continue
            }
            #expect(paths.count == count, "\(a) → \(b)")
            #expect(paths.allSatisfy { $0.count == length + 1 && $0.first == a && $0.last == b })
            #expect(paths.first == r[4].split(separator: " ").map { Int($0)! })
            // Every step is a real link of the graph.
            for p in paths { #expect(g.links(along: p).allSatisfy { !$0.isEmpty }) }
        }
    }

    @Test func louvainModularityMatchesNetworkX() throws {
        let g = SimpleGraph(try LinksFixture.graph())
        let label = g.louvain()
        let q = g.modularity(label)
        let reference = try #require((try LinksFixture.summary())["louvain_modularity"])
        print("Louvain: \(Set(label).count) communities, Q = \(q) (networkx louvain_communities seed 1: \(reference))")
        #expect(q > reference - 0.02)
    }
}
