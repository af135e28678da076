/// The k-hop neighbourhood of an entity: every entity within `hops` admitted links
/// (either direction) and the admitted links among them.
public struct Neighbourhood: Sendable, Equatable {
    /// Entities reached, with their hop distance (the centre at 0), by distance then index.
    public var entities: [(index: Int, hops: Int)]
    /// The admitted links whose both ends were reached, ascending.
    public var links: [Int]

    public static func == (a: Neighbourhood, b: Neighbourhood) -> Bool {
        a.links == b.links && a.entities.map(\.index) == b.entities.map(\.index)
            && a.entities.map(\.hops) == b.entities.map(\.hops)
    }
}

extension LinkGraph {
    /// Breadth-first search from `centre` up to `hops` links under `filter`; at most
    /// `limit` entities (the nearest first).
    public func neighbourhood(of centre: Int, hops: Int, filter: LinkFilter = .all, limit: Int = .max)
        -> Neighbourhood
    {
        var dist = [Int32](repeating: -1, count: entityCount)
        dist[centre] = 0
        var order = [centre]
        var head = 0
        while head < order.count, order.count < limit {
            let v = order[head]
            head += 1
            let d = dist[v]
            if d >= hops { continue }
            forEachNeighbour(v, filter) { _, u in
                if dist[u] < 0, order.count < limit {
                    dist[u] = d + 1
                    order.append(u)
                }
            }
        }
        var found: [Int] = []
        for v in order {
            forEachNeighbour(v, filter) { j, u in
                if dist[u] >= 0 { found.append(j) }
            }
        }
        found.sort()
        var links: [Int] = []
        links.reserveCapacity(found.count / 2)
        for j in found where links.last != j { links.append(j) }
        let entities = order.map { (index: $0, hops: Int(dist[$0])) }.sorted { ($0.hops, $0.index) < ($1.hops, $1.index) }
        return Neighbourhood(entities: entities, links: links)
    }
}
