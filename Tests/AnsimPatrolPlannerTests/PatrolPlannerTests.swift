import AnsimAnalyticsStore
import AnsimPatrol
import AnsimPatrolPlanner
import AnsimRouting
import AnsimRoutingStore
import AnsimStore
import AnsimTestSupport
import Foundation
import Testing

/// `ansim patrol plan` end to end on a scratch database: a 1 km square 구 with a 100 m street
/// grid, two boxes splitting it, planted events, a hotspot run as the forecast.
@Suite(.serialized)
struct PatrolPlannerTests {
    static let x0 = 955_000.0
    static let y0 = 1_950_000.0

    static func database() throws -> (String, Connection, Int) {
        let (name, c) = try TestDatabase.migratedScratch("patrol")
        let square = "ST_Multi(ST_MakeEnvelope(\(x0), \(y0), \(x0 + 1000), \(y0 + 1000), 5179))"
        try c.executeScript(
            """
            INSERT INTO admin_area (level, code, name, vintage, source, geom) VALUES
              ('sigungu', '99999', '시험구', '2015', 'gu_seoul_juso2015', \(square));
            INSERT INTO police_org (kind, subtype, name, geom) VALUES
              ('box', '지구대', '서쪽지구대', ST_SetSRID(ST_MakePoint(\(x0 + 250), \(y0 + 500)), 5179)),
              ('box', '파출소', '동쪽파출소', ST_SetSRID(ST_MakePoint(\(x0 + 750), \(y0 + 500)), 5179));
            """, purpose: "test area")
        var rows: [String] = []
        // A cluster in cell (8, 1), smaller ones in (2, 3) and (5, 0), a few elsewhere.
        for (k, (col, row, n)) in [(1, 8, 20), (3, 2, 12), (0, 5, 8), (4, 4, 3), (2, 0, 2), (8, 8, 9)]
            .enumerated()
        {
            for i in 0..<n {
                let x = x0 + Double(col) * 100 + 40 + Double(i % 4) * 5
                let y = y0 + Double(row) * 100 + 40 + Double(i / 4) * 5
                rows.append(
                    "('t','f','\(k)-\(i)','2023-05-0\(1 + i % 9) 12:00+09','절도',true,"
                        + "ST_SetSRID(ST_MakePoint(\(x),\(y)),5179))")
            }
        }
        try c.executeScript(
            "INSERT INTO incident (source, source_file, source_key, occurred_at, crime_class, synthetic, geom) VALUES "
                + rows.joined(separator: ","), purpose: "test events")
        try saveGrid("grid", offset: 0, on: c)
        var h = HotspotRequest(area: "시험구", method: .kde)
        (h.from, h.to, h.bandwidth) = ("2023-01-01", "2024-01-01", 120)
        let run = try HotspotJob.run(h, on: c)
        return (name, c, run.runID)
    }

    /// A street every 100 m across the square (x and y from 0 to 1000 m), shifted by `offset`.
    static func saveGrid(_ name: String, offset: Double, on c: Connection) throws {
        var lines: [RoadLine] = []
        for k in 0...10 {
            let d = Double(k) * 100
            let speeds = ModeSpeeds(car: 30, foot: 4.5)
            lines.append(
                RoadLine(
                    points: [Point2(x0 + offset, y0 + d), Point2(x0 + offset + 1000, y0 + d)],
                    roadClass: "local",
                    speeds: speeds, sourceKey: "h\(k)"))
            lines.append(
                RoadLine(
                    points: [Point2(x0 + offset + d, y0), Point2(x0 + offset + d, y0 + 1000)],
                    roadClass: "local",
                    speeds: speeds, sourceKey: "v\(k)"))
        }
        let network = NetworkBuilder.build(lines, rule: .allCrossings)
        try RoadGraphStore.save(
            network, name: name, format: .juso, file: name, sha256: name, params: "{}", on: c)
    }

    static func request(_ forecast: Int) -> PatrolRequest {
        var r = PatrolRequest(box: "서쪽지구대")
        (r.cars, r.mode, r.shiftSeconds, r.dwellSeconds, r.forecastRunID) = (1, .foot, 1800, 300, forecast)
        (r.graph, r.iterations, r.seed) = ("grid", 400, 3)
        return r
    }

    @Test func plansCoverTheRiskiestReachableCellsWithinTheShift() throws {
        let (name, c, forecast) = try Self.database()
        defer { TestDatabase.dropScratch(name) }
        let (set, _) = try PatrolPlanner.run(Self.request(forecast), on: c)
        #expect(set.runID > 0)
        let route = try #require(set.plans.first?.routes.first)
        #expect(!route.stops.isEmpty)
        #expect(route.durationSeconds <= 1800 + 1e-6)
        // Stops lie in the box's half (x < 500 m) and are distinct cells.
        #expect(route.stops.allSatisfy { $0.candidate.x <= Self.x0 + 500 + 1e-6 })
        #expect(Set(route.stops.map { "\($0.candidate.row),\($0.candidate.col)" }).count == route.stops.count)
        // The densest cell (8, 1) is on the route.
        #expect(route.stops.contains { $0.candidate.row == 8 && $0.candidate.col == 1 })
        // The route starts and ends at the box, on the network.
        let first = try #require(route.path.first)
        let last = try #require(route.path.last)
        #expect(abs(first.x - set.boxX) < 1e-6 && abs(first.y - set.boxY) < 1e-6)
        #expect(abs(last.x - set.boxX) < 1e-6 && abs(last.y - set.boxY) < 1e-6)
        // Arrival times increase by travel plus dwell.
        for (a, b) in zip(route.stops, route.stops.dropFirst()) { #expect(b.arrival >= a.departure) }
        let recorded = try c.query(
            """
            SELECT (SELECT parent_run_id FROM analytics_run WHERE id = $1), (SELECT count(*) FROM patrol_route
            WHERE run_id = $1), (SELECT count(*) FROM patrol_stop WHERE run_id = $1)
            """, [set.runID], purpose: "test")
        #expect(recorded[0][0] == String(forecast))
        #expect(recorded[0][1] == "1")
        #expect(recorded[0][2] == String(route.stops.count))
    }

    @Test func successiveShiftsDifferAndStayNearTheBest() throws {
        let (name, c, forecast) = try Self.database()
        defer { TestDatabase.dropScratch(name) }
        var r = Self.request(forecast)
        r.shifts = 3
        let (set, _) = try PatrolPlanner.run(r, on: c)
        #expect(set.plans.count == 3)
        #expect(set.plans.allSatisfy { $0.ratio >= 0.95 - 1e-9 })
        let orders = set.plans.map {
            $0.routes.map { $0.stops.map { "\($0.candidate.row),\($0.candidate.col)" } }
        }
        #expect(Set(orders.map { "\($0)" }).count > 1)
    }

    @Test func impossibleInputsGiveEmptyPlansOrClearErrors() throws {
        let (name, c, forecast) = try Self.database()
        defer { TestDatabase.dropScratch(name) }
        var r = Self.request(forecast)
        r.shiftSeconds = 60  // not even one dwell fits
        let (set, _) = try PatrolPlanner.run(r, on: c)
        #expect(set.plans[0].score == 0 && set.plans[0].routes.allSatisfy { $0.stops.isEmpty })
        try Self.saveGrid("far", offset: 50_000, on: c)
        r = Self.request(forecast)
        r.graph = "far"
        #expect(throws: (any Error).self) { try PatrolPlanner.run(r, on: c) }
        do {
            _ = try PatrolPlanner.run(r, on: c)
        } catch { #expect("\(error)".contains("off the road network")) }
        r = Self.request(999_999)
        do {
            _ = try PatrolPlanner.run(r, on: c)
            Issue.record("a missing forecast run must be an error")
        } catch { #expect("\(error)".contains("no such analytics run")) }
    }

    /// Streets every 100 m, but no east–west street crosses from x = 600 m to 700 m except
    /// the southern edge: the east box reaches the cells at 500–600 m only by a long detour.
    static func saveBarrier(on c: Connection) throws {
        let speeds = ModeSpeeds(car: 30, foot: 4.5)
        var lines: [RoadLine] = []
        for k in 0...10 {
            let d = Double(k) * 100
            let spans: [(Double, Double)] = k == 0 ? [(0, 1000)] : [(0, 600), (700, 1000)]
            for (n, (a, b)) in spans.enumerated() {
                lines.append(
                    RoadLine(
                        points: [Point2(x0 + a, y0 + d), Point2(x0 + b, y0 + d)], roadClass: "local",
                        speeds: speeds, sourceKey: "h\(k)-\(n)"))
            }
            lines.append(
                RoadLine(
                    points: [Point2(x0 + d, y0), Point2(x0 + d, y0 + 1000)], roadClass: "local",
                    speeds: speeds, sourceKey: "v\(k)"))
        }
        try RoadGraphStore.save(
            NetworkBuilder.build(lines, rule: .allCrossings), name: "barrier", format: .juso, file: "barrier",
            sha256: "barrier", params: "{}", on: c)
    }

    @Test func theNetworkRegionFollowsTheStreetsNotTheStraightLine() throws {
        let (name, c, forecast) = try Self.database()
        defer { TestDatabase.dropScratch(name) }
        try Self.saveBarrier(on: c)
        var r = Self.request(forecast)
        (r.graph, r.candidates) = ("barrier", 100)
        let (network, loaded) = try PatrolPlanner.run(r, on: c)
        r.jurisdiction = .voronoi
        let straight = try PatrolPlanner.plan(r, graph: try RoadGraph.load(name: "barrier", on: c), on: c)
        // Straight line: the boundary is x = 500 m. On the streets the cells at 500–600 m
        // belong to the west box (300 m away, against ~1.2 km for the east box), and none
        // east of the gap does.
        // (The grid's columns are 100 m wide from the square's west edge.)
        #expect(straight.candidates.allSatisfy { $0.col <= 4 })
        #expect(network.candidates.contains { $0.col == 5 })
        #expect(network.candidates.allSatisfy { $0.col <= 6 })
        #expect(network.area == "서쪽지구대 network region")
        #expect(straight.area == "서쪽지구대")
        // Each kept cell is one the west box reaches no later than the east box.
        let graph = try RoadGraph.load(name: "barrier", on: c)
        let boxes = try [(250.0, 500.0), (750.0, 500.0)].map {
            try graph.snap(x: Self.x0 + $0.0, y: Self.y0 + $0.1, mode: .foot)
        }
        let stops = try network.candidates.map { try graph.snap(x: $0.x, y: $0.y, mode: .foot) }
        let times = graph.travelTimes(from: boxes, to: stops, mode: .foot)
        for j in stops.indices { #expect(times[0][j] <= times[1][j] + 1e-9) }
        // The map outlines the region (a polygon of unioned cells, not a multipolygon).
        let folder = try TestEnvironment.temporaryFolder("patrol-region")
        _ = try PatrolOutputs.write(network, graph: loaded, to: folder, on: c)
        let svg = try String(contentsOfFile: folder + "/shift-1.svg", encoding: .utf8)
        #expect(svg.contains("stroke-dasharray"))
    }
}
