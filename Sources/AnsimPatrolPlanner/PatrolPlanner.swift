import AnsimPatrol
import AnsimRouting
import AnsimRoutingStore
import AnsimStore
import AnsimSupport

/// Plans patrols for a police box: the riskiest cells of a forecast run become candidate
/// stops (cell centres snapped onto the road graph), the box is the depot, travel times come
/// from the road graph (one-to-many Dijkstra), and ``TOPSolver`` chooses, for each shift,
/// the stops and their order that cover the most risk within the shift (team orienteering:
/// Chao, Golden & Wasil 1996). Later shifts get different plans, each at least `minRatio`
/// of the best found (``TOPSolver/alternatives(_:count:minRatio:previous:options:)``).
/// Every plan is checked by ``TOPChecker`` before it is returned and recorded.
public enum PatrolPlanner {
    /// Loads the road graph, plans, and records the plan set (``PatrolRecorder``).
    public static func run(_ r: PatrolRequest, on connection: Connection) throws -> (PatrolPlanSet, RoadGraph)
    {
        let clock = ContinuousClock.now
        let graph = try RoadGraph.load(name: r.graph ?? covering(r, on: connection), on: connection)
        let set = try plan(r, graph: graph, on: connection)
        let elapsed = ContinuousClock.now - clock
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return (
            try PatrolRecorder.record(set, request: r, graph: graph.name, seconds: seconds, on: connection),
            graph
        )
    }

    /// The newest road graph with a vertex within 500 m of the box (nil: the newest graph).
    static func covering(_ r: PatrolRequest, on connection: Connection) throws -> String? {
        try connection.query(
            """
            SELECT g.name FROM police_org b
            JOIN road_vertex v ON ST_DWithin(v.geom, b.geom, 500)
            JOIN road_graph g ON g.id = v.graph_id
            WHERE b.kind = 'box' AND b.agency = $2 AND b.name IN ($1, $1 || '지구대', $1 || '파출소')
            ORDER BY g.created_at DESC, g.id DESC LIMIT 1
            """, [r.box, r.agency], purpose: "find the road graph around the box"
        ).first?[0]
    }

    /// Plans without recording, on a loaded graph.
    public static func plan(_ r: PatrolRequest, graph: RoadGraph, on connection: Connection) throws
        -> PatrolPlanSet
    {
        guard r.cars >= 1, r.cars <= 20 else { throw AnsimError("--cars \(r.cars): between 1 and 20") }
        guard r.shiftSeconds > 0, r.dwellSeconds >= 0 else {
            throw AnsimError("the shift must be positive and the dwell time non-negative")
        }
        guard r.shifts >= 1, r.shifts <= 60 else {
            throw AnsimError("--shifts \(r.shifts): between 1 and 60")
        }
        let inputs = try PatrolInputs.read(r, on: connection)
        let depot: SnappedPoint
        do { depot = try graph.snap(x: inputs.boxX, y: inputs.boxY, mode: r.mode) } catch {
            throw AnsimError("\(inputs.box) is off the road network \(graph.name): \(error)")
        }
        var pool: [SnappedCell] = []
        var unsnapped = 0
        var area = (name: inputs.area.name, geometry: inputs.area.geometry)
        if inputs.network {
            let region = try networkRegion(inputs, depot: depot, graph: graph, r: r, on: connection)
            pool = Array(region.cells.prefix(r.candidates))
            unsnapped = region.unsnapped
            area = ("\(inputs.box) network region", region.outline ?? inputs.area.geometry)
        } else {
            for c in inputs.cells where pool.count < r.candidates {
                guard let s = try? graph.snap(x: c.x, y: c.y, mode: r.mode, limit: r.snapLimit) else {
                    unsnapped += 1
                    continue
                }
                pool.append((c, s))
            }
        }
        let candidates = pool.map { c, s in
            PatrolCandidate(
                row: c.row, col: c.col, value: c.value, x: s.point.x, y: s.point.y, snapDistance: s.distance)
        }
        let snapped = pool.map(\.snap)
        var set = PatrolPlanSet(
            box: inputs.box, boxX: depot.point.x, boxY: depot.point.y, mode: r.mode.rawValue, cars: r.cars,
            shiftSeconds: r.shiftSeconds, dwellSeconds: r.dwellSeconds, forecastRunID: inputs.forecastRunID,
            candidates: candidates, unsnapped: unsnapped, plans: [], bestScore: 0,
            synthetic: inputs.synthetic,
            area: area.name, areaEWKB: area.geometry.hexEWKB, seed: r.seed)
        let points = [depot] + snapped
        let matrix = graph.travelTimes(from: points, to: points, mode: r.mode)
        let instance = try TOPInstance(
            travel: matrix, scores: [0] + candidates.map(\.value),
            service: [0] + Array(repeating: r.dwellSeconds, count: candidates.count), start: 0,
            vehicles: r.cars, budget: r.shiftSeconds)
        let options = TOPOptions(
            seed: r.seed, iterations: r.iterations, timeLimit: r.iterations == nil ? r.timeLimit : nil)
        let solutions =
            candidates.isEmpty
            ? Array(repeating: TOPSolution.empty(vehicles: r.cars), count: r.shifts)
            : TOPSolver.alternatives(instance, count: r.shifts, minRatio: r.minRatio, options: options)
        set.bestScore = solutions.map(\.score).max() ?? 0
        for (k, solution) in solutions.enumerated() {
            let score = try TOPChecker.check(instance, solution)
            let routes = try solution.routes.enumerated().map { car, stops in
                try route(
                    car: car + 1, stops: stops, points: points, matrix: matrix, set: set, graph: graph, r: r)
            }
            set.plans.append(
                PatrolPlan(
                    shift: k + 1, routes: routes, score: score,
                    ratio: set.bestScore > 0 ? score / set.bestScore : 1))
        }
        return set
    }

    /// One car's route: arrival and departure at each stop (travel times from the matrix the
    /// solver used), and the path on the road graph through them.
    static func route(
        car: Int, stops: [Int], points: [SnappedPoint], matrix: [[Double]], set: PatrolPlanSet,
        graph: RoadGraph, r: PatrolRequest
    ) throws -> PatrolRoute {
        var t = 0.0
        var previous = 0
        var visits: [PatrolStop] = []
        var path: [(x: Double, y: Double)] = []
        var metres = 0.0
        for (i, node) in (stops + [0]).enumerated() {
            t += matrix[previous][node]
            if node != 0 || i < stops.count {
                visits.append(
                    PatrolStop(
                        sequence: i + 1, candidate: set.candidates[node - 1], arrival: t,
                        departure: t + r.dwellSeconds))
                t += r.dwellSeconds
            }
            if !stops.isEmpty {
                let leg = try graph.path(from: points[previous], to: points[node], mode: r.mode)
                metres += leg.metres
                let coords = leg.coordinates.map { (x: $0.x, y: $0.y) }
                path.append(contentsOf: path.isEmpty ? coords[...] : coords.dropFirst())
            }
            previous = node
        }
        let score = stops.reduce(0) { $0 + set.candidates[$1 - 1].value }
        return PatrolRoute(
            car: car, stops: visits, path: path, lengthMetres: metres, durationSeconds: stops.isEmpty ? 0 : t,
            score: score)
    }
}
