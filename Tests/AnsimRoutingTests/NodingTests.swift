import AnsimRouting
import Testing

/// Noding hand-made line sets with ``NetworkBuilder``.
struct NodingTests {
    static let both = ModeSpeeds(car: 36, foot: 3.6)

    static func line(_ points: [(Double, Double)], grade: Bool = false) -> RoadLine {
        RoadLine(
            points: points.map { Point2($0.0, $0.1) }, roadClass: "4", speeds: both, gradeSeparated: grade)
    }

    @Test func aCrossMakesFiveVerticesAndFourEdges() {
        let n = NetworkBuilder.build(
            [Self.line([(0, 0), (100, 0)]), Self.line([(50, -50), (50, 50)])], rule: .allCrossings)
        #expect(n.vertices.count == 5)
        #expect(n.edges.count == 4)
        #expect(n.vertices.contains(Point2(50, 0)))
        #expect(n.edges.allSatisfy { abs($0.length - 50) < 1e-9 })
        // 36 km/h = 10 m/s: 50 m take 5 s each way.
        #expect(n.edges.allSatisfy { abs($0.cost(.car) - 5) < 1e-9 && abs($0.reverseCost(.car) - 5) < 1e-9 })
    }

    @Test func aTSplitsTheBarOnly() {
        let n = NetworkBuilder.build(
            [Self.line([(0, 0), (100, 0)]), Self.line([(40, 0), (40, 80)])], rule: .allCrossings)
        #expect(n.vertices.count == 4)
        #expect(n.edges.count == 3)
        #expect(n.edges.map(\.length).sorted() == [40, 60, 80])
    }

    @Test func aLinePassingAnotherLinesVertexIsNodedThere() {
        let bent = Self.line([(0, 0), (50, 0), (100, 30)])
        let through = Self.line([(50, -20), (50, 20)])
        let n = NetworkBuilder.build([bent, through], rule: .allCrossings)
        #expect(n.vertices.count == 5)
        #expect(n.edges.count == 4)
        let junction = n.vertices.firstIndex(of: Point2(50, 0)).map(Int32.init)
        #expect(n.edges.filter { $0.source == junction || $0.target == junction }.count == 4)
    }

    @Test func aSelfCrossingLoopIsNodedAtItsOwnCrossing() {
        // A figure running out, round a square and back across itself.
        let loop = Self.line([(0, 0), (100, 0), (100, 50), (50, 50), (50, -50)])
        let n = NetworkBuilder.build([loop], rule: .allCrossings)
        #expect(n.vertices.count == 3)  // the two ends and the crossing at (50, 0)
        #expect(n.edges.count == 3)
        let crossing = Int32(n.vertices.firstIndex(of: Point2(50, 0))!)
        #expect(n.edges.contains { $0.source == crossing && $0.target == crossing })  // the ring
        let ring = NetworkBuilder.build(
            [Self.line([(0, 0), (10, 0), (10, 10), (0, 0)])], rule: .allCrossings)
        #expect(ring.vertices.count == 1)
        #expect(ring.edges.count == 1)
    }

    @Test func duplicatesAndOverlapsAreKeptOnce() {
        let a = Self.line([(0, 0), (100, 0)])
        let reversed = Self.line([(100, 0), (0, 0)])
        let overlap = Self.line([(50, 0), (150, 0)])
        let n = NetworkBuilder.build([a, a, reversed, overlap], rule: .allCrossings)
        #expect(n.vertices.count == 4)  // 0, 50, 100, 150
        #expect(n.edges.count == 3)
        #expect(abs(n.edges.map(\.length).reduce(0, +) - 150) < 1e-9)
    }

    @Test func gradeSeparatedLinesMeetOnlyWhereALineEnds() {
        let expressway = Self.line([(0, 0), (200, 0)], grade: true)
        let underpass = Self.line([(50, -50), (50, 50)])
        let ramp = Self.line([(150, 0), (150, 60)])
        let n = NetworkBuilder.build([expressway, underpass, ramp], rule: .allCrossings)
        #expect(!n.vertices.contains(Point2(50, 0)))
        #expect(n.vertices.contains(Point2(150, 0)))
        #expect(n.edges.count == 4)
    }

    @Test func sharedVerticesNodeOSMWaysButNotBridges() {
        let street = Self.line([(0, 0), (50, 0), (100, 0)])
        let side = Self.line([(50, 0), (50, 60)])
        let bridge = Self.line([(80, -40), (80, 40)])  // crosses the street, shares no vertex
        let n = NetworkBuilder.build([street, side, bridge], rule: .sharedVertices)
        #expect(n.edges.count == 4)
        #expect(n.vertices.count == 6)
        #expect(n.components().sizes == [4, 2])
    }

    @Test func givenTopologyUsesTheNamedNodes() {
        var a = Self.line([(0, 0), (10, 0)])
        (a.fromNode, a.toNode) = ("N1", "N2")
        var b = Self.line([(10, 0.0004), (20, 0)])  // end points need not coincide exactly
        (b.fromNode, b.toNode) = ("N2", "N3")
        let n = NetworkBuilder.build([a, b], rule: .givenTopology)
        #expect(n.vertices.count == 3)
        #expect(n.edges[0].target == n.edges[1].source)
    }
}
