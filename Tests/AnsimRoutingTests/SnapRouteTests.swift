import AnsimRouting
import Testing

/// Snapping points onto edges and routing from them with partial costs.
struct SnapRouteTests {
    /// A 100 m square block (10 m/s by car, 1 m/s on foot) whose south side is one-way
    /// eastwards for cars, and a foot-only path leaving its north-east corner.
    static func block() -> RoadGraph {
        let speeds = ModeSpeeds(car: 36, foot: 3.6)
        func line(_ a: (Double, Double), _ b: (Double, Double), oneWay: OneWay = .both) -> RoadLine {
            RoadLine(
                points: [Point2(a.0, a.1), Point2(b.0, b.1)], roadClass: "4", speeds: speeds, oneWay: oneWay)
        }
        var path = line((100, 100), (100, 200))
        path.speeds = ModeSpeeds(car: nil, foot: 3.6)
        let lines = [
            line((0, 0), (100, 0), oneWay: .forward), line((100, 0), (100, 100)), line((100, 100), (0, 100)),
            line((0, 100), (0, 0)), path,
        ]
        return RoadGraph(network: NetworkBuilder.build(lines, rule: .allCrossings))
    }

    @Test func aPointSnapsToTheInteriorOfTheNearestEdge() throws {
        let graph = Self.block()
        let p = try graph.snap(x: 30, y: -7)
        #expect(abs(p.distance - 7) < 1e-9)
        #expect(p.point == Point2(30, 0))
        #expect(abs(p.fraction - 0.3) < 1e-9)
        let e = graph.network.edges[Int(p.edge)]
        #expect(e.points.first == Point2(0, 0) && e.points.last == Point2(100, 0))
    }

    @Test func carsFollowTheOneWaySideAndWalkersDoNot() throws {
        let graph = Self.block()
        let a = try graph.snap(x: 70, y: -1)  // on the one-way south side, 70 m from the west end
        let b = try graph.snap(x: 30, y: -1)  // 40 m behind it
        let car = try graph.path(from: a, to: b, mode: .car)
        // Forward 30 m to the corner, round the block 300 m, then 30 m along the south side.
        #expect(abs(car.metres - 360) < 1e-9)
        #expect(abs(car.seconds - 36) < 1e-9)
        #expect(car.coordinates.first == Point2(70, 0) && car.coordinates.last == Point2(30, 0))
        let foot = try graph.path(from: a, to: b, mode: .foot)
        #expect(abs(foot.metres - 40) < 1e-9)
        #expect(abs(foot.seconds - 40) < 1e-9)
        #expect(foot.coordinates == [Point2(70, 0), Point2(30, 0)])
        let ahead = try graph.path(from: b, to: a, mode: .car)
        #expect(abs(ahead.seconds - 4) < 1e-9)
    }

    @Test func partialCostsUseBothEndsOfTheEdge() throws {
        let graph = Self.block()
        let a = try graph.snap(x: 103, y: 20)  // east side, 20 m north of the south-east corner
        let b = try graph.snap(x: 20, y: 97)  // north side, 20 m east of the north-west corner
        let route = try graph.path(from: a, to: b, mode: .car)
        #expect(abs(route.metres - 160) < 1e-9)  // 80 north, then 80 west
        #expect(route.coordinates == [Point2(100, 20), Point2(100, 100), Point2(20, 100)])
        let times = graph.travelTimes(from: [a], to: [b], mode: .car)
        #expect(abs(times[0][0] - 16) < 1e-9)
    }

    @Test func footOnlyEdgesAreNotSnappedToByCars() throws {
        let graph = Self.block()
        let walker = try graph.snap(x: 104, y: 180, mode: .foot)
        #expect(abs(walker.distance - 4) < 1e-9)
        let driver = try graph.snap(x: 104, y: 180, mode: .car)
        #expect(abs(driver.distance - (4 * 4 + 80 * 80 as Double).squareRoot()) < 1e-9)
    }

    @Test func farPointsAndDisconnectedPartsGiveClearErrors() throws {
        let graph = Self.block()
        #expect(
            throws: RoutingError.tooFar(
                Point2(900, 900), nearest: (2 * 800 * 800 as Double).squareRoot(), limit: 500)
        ) {
            try graph.snap(x: 900, y: 900)
        }
        let island = RoadLine(
            points: [Point2(0, 1000), Point2(100, 1000)], roadClass: "4",
            speeds: ModeSpeeds(car: 36, foot: 3.6))
        var lines = [island]
        lines += Self.block().network.edges.map {
            RoadLine(points: $0.points, roadClass: "4", speeds: ModeSpeeds(car: 36, foot: 3.6))
        }
        let split = RoadGraph(network: NetworkBuilder.build(lines, rule: .allCrossings))
        let a = try split.snap(x: 50, y: 1001)
        let b = try split.snap(x: 50, y: 1)
        #expect(throws: RoutingError.noRoute(mode: .car)) { try split.path(from: a, to: b, mode: .car) }
        #expect(split.travelTimes(from: [a], to: [b], mode: .car)[0][0] == .infinity)
        #expect("\(RoutingError.noRoute(mode: .car))".contains("no route"))
        #expect("\(RoutingError.tooFar(Point2(1, 2), nearest: 812.4, limit: 500))".contains("812 m"))
    }
}
