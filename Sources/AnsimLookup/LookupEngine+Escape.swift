import AnsimRouting

extension LookupEngine {
    /// The escape routes: for foot and car, one bounded Dijkstra from the scene (snapped
    /// to the nearest road the mode may use, within 500 m) to 5 minutes; the 1- and
    /// 3-minute areas are read from the same labels. nil without a road graph.
    func escapeRoutes(_ q: LookupQuery, _ out: inout LonLatBatch) -> Pending<EscapeRoutes>? {
        guard let roads = layers.roads else { return nil }
        let foot = modeReach(.foot, q, roads, &out)
        let car = modeReach(.car, q, roads, &out)
        return { lonLat in EscapeRoutes(graph: roads.graph.name, foot: foot?(lonLat), car: car?(lonLat)) }
    }

    private func modeReach(_ mode: TravelMode, _ q: LookupQuery, _ roads: RoadLayer, _ out: inout LonLatBatch)
        -> Pending<ModeReach>?
    {
        let graph = roads.graph
        guard let origin = graph.snapIfNear(x: q.x, y: q.y, mode: mode, limit: RoadGraph.defaultSnapLimit)
        else {
            return nil
        }
        let bound = Double(Self.reachMinutes.max()! * 60)
        let reach = graph.reach(from: origin, mode: mode, within: bound)
        var bands: [Pending<ReachBand>] = []
        // Road metres with both ends reached, per budget, in one pass over the edges.
        let budgets = Self.reachMinutes.map { Double($0 * 60) }
        var within = [Double](repeating: 0, count: budgets.count)
        reach.costs.withUnsafeBufferPointer { costs in
            graph.ends.withUnsafeBufferPointer { ends in
                for edge in ends {
                    let c = max(costs[Int(edge.source)], costs[Int(edge.target)])
                    guard c <= bound else { continue }
                    for (k, b) in budgets.enumerated() where c <= b { within[k] += edge.length }
                }
            }
        }
        for (k, minutes) in Self.reachMinutes.enumerated() {
            let budget = Double(minutes * 60)
            let exits = graph.exits(of: reach, budget: budget)
            let vertices = reach.reached.prefix { reach.costs[Int($0)] <= budget }.count
            var road = within[k]
            for x in exits {
                let edge = graph.ends[Int(x.edge)]
                road += edge.length * abs(x.fraction - (edge.source == x.from ? 0 : 1))
            }
            let points = exits.prefix(q.limit).map { (Int64($0.edge) + 1, out.add($0.point.x, $0.point.y)) }
            let exitTotal = exits.count
            let roadM = Self.round1(road)
            bands.append { lonLat in
                ReachBand(
                    minutes: minutes, vertices: vertices, roadM: roadM, exitCount: exitTotal,
                    exits: points.map { ExitPoint(edge: $0.0, lon: lonLat[$0.1].lon, lat: lonLat[$0.1].lat) })
            }
        }
        var cameras: [(id: Int64, seconds: Double, point: Int)] = []
        let cams = layers.cameras.items
        reach.costs.withUnsafeBufferPointer { costs in
            graph.ends.withUnsafeBufferPointer { ends in
                for snapped in roads.camerasByEdge[mode.index] where Int(snapped.camera) < cams.count {
                    let e = snapped.point.edge
                    let edge = ends[Int(e)]
                    guard
                        costs[Int(edge.source)].isFinite || costs[Int(edge.target)].isFinite
                            || e == origin.edge
                    else { continue }
                    let t = graph.arrival(at: snapped.point, in: reach)
                    guard t <= bound else { continue }
                    cameras.append((cams[Int(snapped.camera)].id, t, Int(snapped.camera)))
                }
            }
        }
        cameras.sort { $0.seconds < $1.seconds || ($0.seconds == $1.seconds && $0.id < $1.id) }
        let cameraTotal = cameras.count
        cameras = cameras.prefix(q.limit).map {
            ($0.id, $0.seconds, out.add(cams[$0.point].x, cams[$0.point].y))
        }
        let snapped = Self.round1(origin.distance)
        return { lonLat in
            ModeReach(
                snappedM: snapped, bands: bands.map { $0(lonLat) }, cameraCount: cameraTotal,
                cameras: cameras.map { c in
                    RouteCamera(
                        id: c.id, seconds: Self.round1(c.seconds),
                        minutes: Self.reachMinutes.first { Double($0 * 60) >= c.seconds } ?? 5,
                        lon: lonLat[c.point].lon, lat: lonLat[c.point].lat)
                })
        }
    }
}
