import AnsimRouting

extension LookupEngine {
    /// The responders (boxes and available units) nearest the scene in a straight line,
    /// up to ``responderCount``, with their car travel time to the scene on the road
    /// graph, fastest first (those without a route last, by distance).
    func nearestResponders(_ q: LookupQuery, _ out: inout LonLatBatch) -> [Pending<ResponderHit>] {
        var near: [(index: Int, distance: Double)] = []
        for radius in [2_000.0, 5_000.0, 20_000.0] {
            near.removeAll()
            layers.responders.forEach(near: q.x, q.y, within: radius) { i, d in near.append((i, d)) }
            if near.count >= Self.responderCount { break }
        }
        near.sort { $0.distance < $1.distance }
        near = Array(near.prefix(Self.responderCount))
        let items = layers.responders.items
        var eta = [Double?](repeating: nil, count: near.count)
        if let graph = layers.roads?.graph,
            let scene = graph.snapIfNear(x: q.x, y: q.y, mode: .car, limit: RoadGraph.defaultSnapLimit)
        {
            let sources = near.map {
                graph.snapIfNear(x: items[$0.index].x, y: items[$0.index].y, mode: .car, limit: RoadGraph.defaultSnapLimit)
            }
            let usable = sources.indices.filter { sources[$0] != nil }
            let times = graph.travelTimes(from: usable.map { sources[$0]! }, toPoint: scene, mode: .car)
            for (k, i) in usable.enumerated() where times[k].isFinite { eta[i] = Self.round1(times[k]) }
        }
        let order = near.indices.sorted {
            switch (eta[$0], eta[$1]) {
            case let (a?, b?): return a < b
            case (.some, nil): return true
            case (nil, .some): return false
            default: return near[$0].distance < near[$1].distance
            }
        }
        return order.map { k in
            let r = items[near[k].index]
            let p = out.add(r.x, r.y)
            let d = Self.round1(near[k].distance)
            let t = eta[k]
            return { lonLat in
                ResponderHit(
                    kind: r.kind, id: r.id, name: r.name, distanceM: d, etaS: t, lon: lonLat[p].lon,
                    lat: lonLat[p].lat)
            }
        }
    }
}
