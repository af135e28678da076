import AnsimAnalytics
import AnsimPatrolPlanner
import AnsimRouting
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim patrol plan`: patrol routes for one police box on the road network.
struct PatrolPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan patrol routes for a police box that cover the riskiest forecast cells.",
        discussion: """
            Each of --cars cars (or foot patrols with --mode foot) leaves the box, visits \
            forecast hotspots — dwelling --dwell at each — and is back within --shift. The \
            value of a stop is its cell's score in the forecast run (--forecast RUN, or a new \
            7-day ensemble forecast of the box's area); the --candidates riskiest cells whose \
            centre lies within 150 m of a road are the candidate stops, snapped onto the road \
            graph (`ansim roads load`). Travel times are shortest paths on the graph for the \
            mode. The team-orienteering search (`ansim patrol top`) maximises the risk covered.

            Area: the box's published jurisdiction when one is loaded. Otherwise, with \
            --jurisdiction network (the default), its network Voronoi region: the forecast cells \
            that this box reaches sooner on the road graph (in the plan's mode) than any other \
            box of the agency, searched within 1,500 m of its straight-line region; with \
            --jurisdiction voronoi, the straight-line nearest-box region.

            Unpredictability: with --shifts N, shift 1 gets the best plan found and every later \
            shift the plan, among those scoring at least 95 % of the best, that differs most \
            (share of driven arcs) from the shifts before it — so offenders cannot learn a \
            fixed pattern while each shift still covers ≥ 95 % of the best risk. The plan \
            depends only on the inputs and --seed, not on the clock.

            Writes into --out: plan.geojson (routes with arrival times and stops, WGS 84), \
            plan.json, and per shift shift-K.svg (map), shift-K-stops.txt (printable) and \
            shift-K-car-C.gpx; records the plan as an analytics run (kind patrol) linked to \
            its forecast run, with patrol_route and patrol_stop rows.

            EXAMPLES
              ansim patrol plan --box 역삼지구대 --cars 2 --shift 120m --dwell 12m --mode car --out plans/역삼
              ansim patrol plan --box 역삼 --forecast 6 --shifts 3 --mode foot --cars 1 --shift 90m
            """
    )

    @Option(help: "Police box (지구대/파출소), e.g. 역삼지구대.")
    var box: String
    @Option(help: "Cars (or foot patrols).")
    var cars = 2
    @Option(help: "Shift length: 120m, 2h, 7200s.")
    var shift = "120m"
    @Option(help: "Time at each stop: 12m.")
    var dwell = "12m"
    @Option(help: "car or foot.")
    var mode = "car"
    @Option(help: "Forecast (or hotspot) run to cover; default: a new ensemble forecast.")
    var forecast: Int?
    @Option(help: "Road graph name (default: the newest).")
    var graph: String?
    @Option(help: "Successive shifts to plan.")
    var shifts = 1
    @Option(help: "Candidate stops: the riskiest cells.")
    var candidates = 60
    @Option(help: "Seed.")
    var seed: UInt64 = 1
    @Option(name: .customLong("time-limit"), help: "Nominal search seconds (a fixed work budget).")
    var timeLimit = 2.0
    @Option(help: "Area without a published jurisdiction: network (network Voronoi) or voronoi (straight line).")
    var jurisdiction = "network"
    @Option(help: "Output folder (default data/generated/patrol/run-ID).")
    var out: String?

    func run() throws {
        var r = PatrolRequest(box: box)
        guard let m = TravelMode(rawValue: mode) else { throw ValidationError("--mode \(mode): car or foot") }
        (r.cars, r.mode, r.forecastRunID, r.graph, r.shifts) = (cars, m, forecast, graph, shifts)
        (r.candidates, r.seed, r.timeLimit) = (candidates, seed, timeLimit)
        guard let j = PatrolJurisdiction(rawValue: jurisdiction) else {
            throw ValidationError("--jurisdiction \(jurisdiction): network or voronoi")
        }
        r.jurisdiction = j
        r.shiftSeconds = try Self.duration(shift, flag: "--shift")
        r.dwellSeconds = try Self.duration(dwell, flag: "--dwell")
        let connection = try Database.connect()
        let (set, graph) = try PatrolPlanner.run(r, on: connection)
        let folder = out ?? "data/generated/patrol/run-\(set.runID)"
        let files = try PatrolOutputs.write(set, graph: graph, to: folder, on: connection)
        print(PatrolSummary.text(set, folder: folder, files: files.count))
    }

    /// Seconds from "120m", "2h", "90s", "12min" or a bare number of minutes.
    static func duration(_ text: String, flag: String) throws -> Double {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("min", 60), ("h", 3600), ("m", 60), ("s", 1)]
        for (suffix, factor) in units where t.hasSuffix(suffix) {
            if let v = Double(t.dropLast(suffix.count)), v.isFinite, v >= 0 { return v * factor }
        }
        if let v = Double(t), v.isFinite, v >= 0 { return v * 60 }
        throw ValidationError("\(flag) \(text): expected a duration such as 120m, 2h or 90s")
    }
}
