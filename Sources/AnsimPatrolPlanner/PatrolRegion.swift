import AnsimGeo
import AnsimRouting

/// Network Voronoi regions of police boxes: each place belongs to the box from which it is
/// reached soonest on the road network (the graph Voronoi diagram of Erwig 2000, "The
/// graph Voronoi diagram with applications", Networks 36(3); the network Voronoi diagram of
/// Okabe & Sugihara 2012, *Spatial Analysis along Networks*, ch. 4). Travel is measured from
/// the box to the place in the plan's mode, since patrols leave from the box.
enum PatrolRegion {
    /// For each target, the index of the box that reaches it first, or nil when no box
    /// reaches it. A tie goes to the lower index, so the answer does not depend on threads.
    static func owners(boxes: [SnappedPoint], targets: [SnappedPoint], graph: RoadGraph, mode: TravelMode)
        -> [Int?]
    {
        guard !boxes.isEmpty, !targets.isEmpty else { return Array(repeating: nil, count: targets.count) }
        let times = graph.travelTimes(from: boxes, to: targets, mode: mode)
        return targets.indices.map { j in
            var owner: Int?
            var best = Double.infinity
            for i in boxes.indices where times[i][j] < best {
                best = times[i][j]
                owner = i
            }
            return owner
        }
    }

    /// The outline of a region as the union of its grid cells (squares of side `cell`
    /// centred on the given points), EPSG:5179, through GEOS.
    static func outline(centres: [(x: Double, y: Double)], cell: Double) throws -> Geometry {
        let h = cell / 2
        let squares = centres.map { c in
            Geometry.rectangle(Envelope(minX: c.x - h, minY: c.y - h, maxX: c.x + h, maxY: c.y + h), srid: 5179)
        }
        return try Geometry.union(squares).withSRID(5179)
    }
}
