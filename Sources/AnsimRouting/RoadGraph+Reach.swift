/// The part of the road network reachable from one point within a time budget (an
/// isochrone on the graph): least costs of the vertices reached, as `pgr_drivingDistance`
/// gives them, plus where the budget runs out part-way along an edge.
public struct ReachResult: Sendable {
    /// The mode searched.
    public let mode: TravelMode
    /// The budget searched (seconds); smaller budgets are read from the same labels.
    public let bound: Double
    /// Where the search started.
    public let origin: SnappedPoint
    /// Least cost (seconds) of every vertex, `.infinity` beyond `bound`.
    public let costs: [Double]
    /// The vertices within `bound`, by ascending cost.
    public let reached: [Int32]

    /// The vertices within `budget` (≤ ``bound``), by ascending cost.
    public func reached(within budget: Double) -> [Int32] {
        reached.prefix { costs[Int($0)] <= budget }.map { $0 }
    }
}

/// A point where a reach's budget runs out on an edge that leads to a vertex not reached.
public struct ReachExit: Sendable, Equatable {
    /// The edge (0-based index into the network's edges).
    public var edge: Int32
    /// The reached vertex the edge is left from.
    public var from: Int32
    /// The vertex not reached that the edge leads to.
    public var toward: Int32
    /// Fraction of the edge's length from its source where the budget runs out.
    public var fraction: Double
    /// That point (EPSG:5179).
    public var point: Point2
}

extension RoadGraph {
    /// Dijkstra from `point` (both ends of its edge, with partial costs) for `mode`,
    /// settling every vertex whose cost is at most `bound` seconds.
    public func reach(from point: SnappedPoint, mode: TravelMode, within bound: Double) -> ReachResult {
        var costs = [Double](repeating: .infinity, count: network.vertices.count)
        var reached: [Int32] = []
        searches.with(graph(mode)) { search in
            search.run(seeds: seeds(point, mode), bound: bound)
            for v in 0..<Int32(network.vertices.count) {
                let d = search.forward.distance(v)
                if d <= bound {
                    costs[Int(v)] = d
                    reached.append(v)
                }
            }
        }
        reached.sort { costs[Int($0)] < costs[Int($1)] || (costs[Int($0)] == costs[Int($1)] && $0 < $1) }
        return ReachResult(mode: mode, bound: bound, origin: point, costs: costs, reached: reached)
    }

    /// The exits of `reach` for `budget` (≤ its bound): for every arc from a reached vertex
    /// u to a vertex v beyond the budget, the point at `budget − cost(u)` along the arc.
    public func exits(of reach: ReachResult, budget: Double) -> [ReachExit] {
        let g = graph(reach.mode)
        var result: [ReachExit] = []
        for u in reach.reached(within: budget) {
            let du = reach.costs[Int(u)]
            for arc in Int(g.forwardOffsets[Int(u)])..<Int(g.forwardOffsets[Int(u) + 1]) {
                let v = g.forwardHeads[arc]
                let c = g.forwardCosts[arc]
                guard reach.costs[Int(v)] > budget, du + c > budget, c > 0 else { continue }
                let e = g.forwardEdges[arc]
                let along = (budget - du) / c
                let fromSource = ends[Int(e)].source == u && ends[Int(e)].target == v
                let fraction = fromSource ? along : 1 - along
                let point = Polyline.cut(network.edges[Int(e)].points, from: fraction, to: fraction)[0]
                result.append(ReachExit(edge: e, from: u, toward: v, fraction: fraction, point: point))
            }
        }
        return result
    }

    /// The least time (seconds) to reach a point on an edge in `reach` (`.infinity` when
    /// neither end of its edge is reached and it is not on the origin's edge ahead).
    public func arrival(at point: SnappedPoint, in reach: ReachResult) -> Double {
        // The edge's scalars only (``EdgeEnds``): a copy of the whole edge would retain its
        // strings and points, once per camera of every lookup.
        let e = ends[Int(point.edge)]
        var best = Double.infinity
        if e.cost(reach.mode) >= 0 {
            best = min(best, reach.costs[Int(e.source)] + point.fraction * e.cost(reach.mode))
        }
        if e.reverseCost(reach.mode) >= 0 {
            best = min(best, reach.costs[Int(e.target)] + (1 - point.fraction) * e.reverseCost(reach.mode))
        }
        if let straight = direct(reach.origin, point, reach.mode) { best = min(best, straight) }
        return best
    }
}

extension RoadGraph {
    /// Like ``snap(x:y:mode:limit:)`` but nil when no edge of `mode` lies within `limit`
    /// (without the wider search that names the nearest distance in the error): cheap
    /// for many points of which most are off the graph.
    public func snapIfNear(x: Double, y: Double, mode: TravelMode, limit: Double) -> SnappedPoint? {
        guard !network.edges.isEmpty else { return nil }
        let p = Point2(x, y)
        guard let hit = indexes[mode.index].nearest(to: p, edges: network.edges, limit: limit) else {
            return nil
        }
        let fraction = Polyline.locate(hit.point, on: network.edges[Int(hit.edge)].points).fraction
        return SnappedPoint(
            edge: hit.edge, fraction: fraction, distance: hit.distance, point: hit.point, input: p)
    }
}
