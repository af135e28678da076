import AnsimLinks

extension LoadedLinkGraph {
    /// Answers `query`. `rings` (the planted rings' members, see
    /// ``LinksStore/plantedRings(_:on:)``) adds the recovery score to communities.
    public func answer(_ query: LinkQuery, rings: [[Int]] = []) throws -> LinkAnswer {
        var a = LinkAnswer(query: query.name, synthetic: synthetic)
        let g = graph
        switch query {
        case .neighbours(let ref, let hops, let filter, let limit):
            let n = g.neighbourhood(of: try entity(ref), hops: hops, filter: filter, limit: limit)
            setSubgraph(&a, entities: n.entities.map(\.index), hops: n.entities.map(\.hops), links: n.links)
        case .path(let from, let to, let filter, let all, let limit):
            let (s, t) = (try entity(from), try entity(to))
            let found = all ? g.allShortestPaths(from: s, to: t, filter: filter, limit: limit)
                : g.shortestPath(from: s, to: t, filter: filter).map { [$0] } ?? []
            a.count = found.count
            a.paths = found.map { $0.map(ref) }
            a.pathLinks = found.map { p in g.links(along: p, filter: filter).map { $0.map(edge) } }
            a.subjects = Array(Set(found.flatMap { $0 })).sorted().map(ref)
        case .components(let filter, let minSize, let top):
            let label = SimpleGraph(g, filter: filter).components()
            groups(&a, Partition.groups(label), minSize: minSize, top: top)
        case .communities(let filter, let resolution, let minSize, let top):
            let simple = SimpleGraph(g, filter: filter)
            let label = simple.louvain(resolution: resolution)
            a.modularity = simple.modularity(label, resolution: resolution)
            groups(&a, Partition.groups(label), minSize: minSize, top: top)
            if !rings.isEmpty {
                let r = RingRecovery(label: label, rings: rings)
                a.recovery = .init(rings: rings.count, precision: r.meanPrecision, recall: r.meanRecall)
            }
        case .pageRank(let filter, let top):
            rank(&a, g.pageRank(filter: filter, tolerance: 1e-10).rank, top: top)
        case .betweenness(let filter, let samples, let top):
            let simple = SimpleGraph(g, filter: filter)
            let k = samples ?? (simple.nodeCount > 2_000 ? 200 : nil)
            rank(&a, simple.betweenness(samples: k.map { min($0, simple.nodeCount) }, seed: 1), top: top)
        case .flow(let ref, let forward, let time, let hops, let filter):
            let start = try entity(ref)
            guard g.entities[start].kind == .account else {
                throw LinkQueryError("\(ref) is a \(g.entities[start].kind.rawValue), not an account")
            }
            let f = g.moneyFlow(from: start, forward: forward, time: time, hops: hops, filter: filter)
            a.stops = f.stops.map {
                .init(
                    ref: self.ref($0.index), at: $0.at == .min || $0.at == .max ? nil : LinkExport.iso($0.at), hops: $0.hops,
                    amountKRW: $0.amount)
            }
            a.links = f.links.map(edge)
            a.subjects = f.stops.map { self.ref($0.index) }
            a.entityIndexes = f.stops.map(\.index)
            a.linkIndexes = f.links
        case .resolve(let ref, let minShared, let limit):
            let person = try ref.map { try entity($0) }
            let hints = g.resolutionHints(person: person, minShared: minShared).prefix(limit)
            a.hints = hints.map { .init(first: self.ref($0.first), second: self.ref($0.second), shared: $0.shared.map(self.ref)) }
            a.count = hints.count
            a.subjects = Array(Set(hints.flatMap { [$0.first, $0.second] + $0.shared })).sorted().map(self.ref)
        }
        return a
    }

    /// The index of `ref`, or a not-found error.
    public func entity(_ ref: String) throws -> Int {
        guard let i = index[ref] else { throw LinkQueryError("no entity \(ref)", notFound: true) }
        return i
    }

    func entityJSON(_ i: Int, hops: Int? = nil) -> LinkAnswer.Entity {
        let e = graph.entities[i]
        return .init(ref: e.ref, kind: e.kind.rawValue, label: e.label, lon: e.lon, lat: e.lat, hops: hops)
    }

    func edge(_ j: Int) -> LinkAnswer.Edge {
        let g = graph
        let kind = g.linkKind(j)
        return .init(
            source: ref(Int(g.source[j])), target: ref(Int(g.target[j])), kind: kind.rawValue, at: LinkExport.iso(g.at[j]),
            amountKRW: kind == .transferred ? g.amount[j] : nil)
    }

    func setSubgraph(_ a: inout LinkAnswer, entities: [Int], hops: [Int], links: [Int]) {
        a.entities = zip(entities, hops).map { entityJSON($0, hops: $1) }
        a.links = links.map(edge)
        a.count = entities.count
        a.subjects = entities.map(ref)
        a.entityIndexes = entities
        a.linkIndexes = links
    }

    func groups(_ a: inout LinkAnswer, _ all: [[Int]], minSize: Int, top: Int) {
        let kept = all.filter { $0.count >= minSize }
        a.count = kept.count
        a.groups = kept.prefix(top).map { .init(size: $0.count, members: $0.map(ref)) }
        a.subjects = kept.prefix(top).flatMap { $0.map(ref) }
    }

    func rank(_ a: inout LinkAnswer, _ score: [Double], top: Int) {
        let order = score.indices.sorted { (score[$0], -$0) > (score[$1], -$1) }.prefix(top)
        a.ranked = order.map { .init(ref: ref($0), kind: graph.entities[$0].kind.rawValue, score: score[$0]) }
        a.subjects = order.map(ref)
    }
}
