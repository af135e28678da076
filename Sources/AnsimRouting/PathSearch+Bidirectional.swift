extension PathSearch {
    /// The least cost from `source` to `target` by bidirectional Dijkstra (forward from
    /// the source, backward over incoming arcs from the target, stopping when the two
    /// queue minima together reach the best meeting), or nil when unreachable.
    public func bidirectional(from source: Int32, to target: Int32) -> Double? {
        if source == target { return 0 }
        forward.reset()
        backward.reset()
        settledCount = 0
        var heapF = BinaryHeap()
        var heapB = BinaryHeap()
        swap(&heapF, &heap)
        defer { swap(&heapF, &heap) }
        heapF.removeAll()
        forward.set(source, 0, parent: -1, edge: -1)
        backward.set(target, 0, parent: -1, edge: -1)
        heapF.push(0, source)
        heapB.push(0, target)
        var best = Double.infinity
        let g = graph
        while !heapF.isEmpty || !heapB.isEmpty {
            if heapF.minimum + heapB.minimum >= best { break }
            let useForward = heapF.minimum <= heapB.minimum
            let (d, u) = useForward ? heapF.pop() : heapB.pop()
            settledCount += 1
            if useForward {
                guard d <= forward.distance(u) else { continue }
                for arc in Int(g.forwardOffsets[Int(u)])..<Int(g.forwardOffsets[Int(u) + 1]) {
                    let v = g.forwardHeads[arc]
                    let nd = d + g.forwardCosts[arc]
                    if nd < forward.distance(v) {
                        forward.set(v, nd, parent: u, edge: g.forwardEdges[arc])
                        heapF.push(nd, v)
                    }
                    best = min(best, forward.distance(v) + backward.distance(v))
                }
            } else {
                guard d <= backward.distance(u) else { continue }
                for arc in Int(g.backwardOffsets[Int(u)])..<Int(g.backwardOffsets[Int(u) + 1]) {
                    let v = g.backwardHeads[arc]
                    let nd = d + g.backwardCosts[arc]
                    if nd < backward.distance(v) {
                        backward.set(v, nd, parent: u, edge: g.backwardEdges[arc])
                        heapB.push(nd, v)
                    }
                    best = min(best, forward.distance(v) + backward.distance(v))
                }
            }
        }
        return best.isFinite ? best : nil
    }

    /// The least cost from `source` to `target` by A* with the straight-line lower bound
    /// (distance over the graph's top speed, admissible because an edge is never shorter
    /// than the chord between its ends), or nil when unreachable.
    public func aStar(from source: Int32, to target: Int32) -> Double? {
        forward.reset()
        heap.removeAll()
        settledCount = 0
        let g = graph
        forward.set(source, 0, parent: -1, edge: -1)
        heap.push(g.lowerBound(source, target), source)
        while !heap.isEmpty {
            let (key, u) = heap.pop()
            let d = forward.distance(u)
            guard key <= d + g.lowerBound(u, target) + 1e-9 * (1 + key) else { continue }
            settledCount += 1
            if u == target { return d }
            for arc in Int(g.forwardOffsets[Int(u)])..<Int(g.forwardOffsets[Int(u) + 1]) {
                let v = g.forwardHeads[arc]
                let nd = d + g.forwardCosts[arc]
                if nd < forward.distance(v) {
                    forward.set(v, nd, parent: u, edge: g.forwardEdges[arc])
                    heap.push(nd + g.lowerBound(v, target), v)
                }
            }
        }
        return nil
    }
}
