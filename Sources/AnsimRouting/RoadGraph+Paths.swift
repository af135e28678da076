import Foundation

extension RoadGraph {
    /// The fastest route for `mode` between two snapped points, with its geometry
    /// (partial first and last edges included).
    ///
    /// - Throws: ``RoutingError/noRoute(mode:)`` when the points are not connected.
    public func path(from a: SnappedPoint, to b: SnappedPoint, mode: TravelMode) throws -> RoutePath {
        let search = PathSearch(graph: graph(mode))
        let exits = exits(b, mode)
        search.run(seeds: seeds(a, mode), targets: exits.map(\.0))
        var best: (cost: Double, exit: Int)? = nil
        for (i, (v, c)) in exits.enumerated() {
            let total = search.forward.distance(v) + c
            if total < (best?.cost ?? .infinity) { best = (total, i) }
        }
        let edges = network.edges
        if let straight = direct(a, b, mode), straight <= (best?.cost ?? .infinity) {
            let e = edges[Int(a.edge)]
            let points = Polyline.cut(e.points, from: a.fraction, to: b.fraction)
            return RoutePath(
                seconds: straight, metres: abs(b.fraction - a.fraction) * e.length, coordinates: points,
                edges: [])
        }
        guard let best, best.cost.isFinite else { throw RoutingError.noRoute(mode: mode) }
        let end = exits[best.exit].0
        let steps = search.treePath(to: end, edges: edges)
        // The seed the path grew from: the tail of its first whole edge.
        let root =
            steps.first.map { s -> Int32 in
                let e = edges[Int(s.edge)]
                return s.forward ? e.source : e.target
            } ?? end
        let first = edges[Int(a.edge)]
        let last = edges[Int(b.edge)]
        let firstTo = root == first.target && (first.cost(mode) >= 0) ? 1.0 : 0.0
        let lastFrom = end == last.source && (last.cost(mode) >= 0) ? 0.0 : 1.0
        var coordinates = Polyline.cut(first.points, from: a.fraction, to: firstTo)
        var metres = abs(firstTo - a.fraction) * first.length
        for step in steps {
            let e = edges[Int(step.edge)]
            append(step.forward ? e.points : e.points.reversed(), to: &coordinates)
            metres += e.length
        }
        append(Polyline.cut(last.points, from: lastFrom, to: b.fraction), to: &coordinates)
        metres += abs(b.fraction - lastFrom) * last.length
        return RoutePath(
            seconds: best.cost, metres: metres, coordinates: coordinates, edges: steps.map(\.edge))
    }

    /// The fastest route between two points given in EPSG:5179 (each snapped first).
    public func path(
        from a: (x: Double, y: Double), to b: (x: Double, y: Double), mode: TravelMode,
        limit: Double = RoadGraph.defaultSnapLimit
    ) throws -> RoutePath {
        let from = try snap(x: a.x, y: a.y, mode: mode, limit: limit)
        let to = try snap(x: b.x, y: b.y, mode: mode, limit: limit)
        return try path(from: from, to: to, mode: mode)
    }

    private func append(_ points: [Point2], to line: inout [Point2]) {
        for p in points {
            if let last = line.last, last.key == p.key { continue }
            line.append(p)
        }
    }
}
