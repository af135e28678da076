/// Turns road lines into a ``RoadNetwork``: lines are cut at junctions (the
/// ``NodingRule``), junctions become vertices, pieces become edges with costs.
///
/// The noding is done here rather than with `GEOSNode` because the edges must keep the
/// attributes of their line (class, speeds, one-way) and because the
/// ``RoadLine/gradeSeparated`` and ``NodingRule/sharedVertices`` rules restrict which
/// crossings are junctions, which GEOS's noder cannot. Crossing points are computed once
/// and the same coordinate is inserted into both lines, so the pieces meet exactly.
public enum NetworkBuilder {
    /// Builds the network. Exact duplicate pieces (the same vertices, in either
    /// direction) are kept once; consecutive repeated points and lines of fewer than two
    /// distinct points are dropped.
    public static func build(_ lines: [RoadLine], rule: NodingRule) -> RoadNetwork {
        let cleaned = lines.compactMap(clean)
        var builder = Assembly()
        switch rule {
        case .allCrossings:
            let cuts = CrossingFinder(lines: cleaned).cuts()
            for (i, line) in cleaned.enumerated() { builder.add(line, cuts: cuts[i]) }
        case .sharedVertices:
            var counts: [PointKey: Int] = [:]
            for line in cleaned {
                for p in line.points { counts[p.key, default: 0] += 1 }
            }
            for line in cleaned {
                let cuts = line.points.indices.filter { counts[line.points[$0].key]! >= 2 }
                    .map { Cut(position: Double($0), point: line.points[$0]) }
                builder.add(line, cuts: cuts)
            }
        case .givenTopology:
            for line in cleaned { builder.addWhole(line) }
        }
        return RoadNetwork(vertices: builder.vertices, edges: builder.edges)
    }

    /// The line without consecutive repeated points, or nil when it has fewer than two.
    static func clean(_ line: RoadLine) -> RoadLine? {
        var points: [Point2] = []
        points.reserveCapacity(line.points.count)
        for p in line.points where p.x.isFinite && p.y.isFinite {
            if let last = points.last, last.key == p.key { continue }
            points.append(p)
        }
        guard points.count >= 2 else { return nil }
        var copy = line
        copy.points = points
        return copy
    }
}

/// A place where a line is cut: `position` is the segment index plus the fraction along
/// it (vertex i is position i).
struct Cut {
    var position: Double
    var point: Point2
}

/// Collects vertices and edges while lines are cut.
struct Assembly {
    var vertices: [Point2] = []
    var edges: [RoadEdge] = []
    private var index: [PointKey: Int32] = [:]
    private var named: [String: Int32] = [:]
    private var seen = Set<[PointKey]>()

    mutating func vertex(_ p: Point2) -> Int32 {
        if let v = index[p.key] { return v }
        let v = Int32(vertices.count)
        vertices.append(p)
        index[p.key] = v
        return v
    }

    /// Cuts `line` at its ends and at `cuts`, adding one edge per piece.
    mutating func add(_ line: RoadLine, cuts: [Cut]) {
        var events = line.points.enumerated().map { (Double($0.offset), $0.element, false) }
        events += cuts.map { ($0.position, $0.point, true) }
        events.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.2 && !$1.2) }
        let last = Double(line.points.count - 1)
        var piece: [Point2] = []
        for (position, point, isCut) in events {
            if let tail = piece.last, tail.key == point.key {
                if isCut && piece.count > 1 { close(&piece, line) }
                continue
            }
            piece.append(point)
            if (isCut || position == last) && piece.count > 1 { close(&piece, line) }
        }
    }

    /// Adds a line that is one edge between its given nodes (or its end points).
    mutating func addWhole(_ line: RoadLine) {
        func node(_ key: String?, _ p: Point2) -> Int32 {
            guard let key else { return vertex(p) }
            if let v = named[key] { return v }
            let v = Int32(vertices.count)
            vertices.append(p)
            named[key] = v
            return v
        }
        let s = node(line.fromNode, line.points[0])
        let t = node(line.toNode, line.points[line.points.count - 1])
        edges.append(RoadEdge(source: s, target: t, points: line.points, line: line))
    }

    /// Ends the current piece at its last point and starts the next one there.
    private mutating func close(_ piece: inout [Point2], _ line: RoadLine) {
        let keys = piece.map(\.key)
        let reversed = Array(keys.reversed())
        let end = piece[piece.count - 1]
        if !seen.contains(keys) && !seen.contains(reversed) {
            seen.insert(keys)
            let edge = RoadEdge(source: vertex(piece[0]), target: vertex(end), points: piece, line: line)
            edges.append(edge)
        }
        piece = [end]
    }
}
