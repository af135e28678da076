import AnsimCPTED
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim cpted site-cameras`: K new CCTV sites maximising forecast risk newly covered.
struct CPTEDSiteCameras: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site-cameras",
        abstract: "Choose K new CCTV sites (road nodes, security-light poles) covering the most uncovered risk.",
        discussion: """
            A maximal covering location problem: each risk cell is split into 25 m demand \
            points carrying its risk; points within --radius of an existing camera are \
            covered already; greedy then 1-swap local search choose the sites. The gap is \
            measured against an upper bound (the K largest single-site coverages).
            """)

    @Option(help: "The 시군구 or 행정동.") var area: String
    @Option(help: "How many new cameras.") var k = 20
    @Option(help: "Coverage radius of a camera (metres).") var radius = 50.0
    @Option(name: .customLong("run"), help: "The risk run (default: the newest forecast).") var runID: Int?
    @Option(help: "Output folder for sites.geojson, sites.csv, summary.json, problem.json, sites.svg.") var out: String

    func run() throws {
        let c = try Database.connect()
        try CPTEDCommand.checkArea(area, on: c)
        let risk = try CPTEDCommand.riskRun(runID, on: c)
        let input = try CPTEDSitingData.load(area: area, run: risk.id, cell: risk.cell, radius: radius, on: c)
        guard !input.demand.isEmpty else { throw AnsimError("run \(risk.id) has no risk cells in \(area)") }
        guard !input.candidates.isEmpty else {
            throw AnsimError("no candidate sites in \(area): load security lights or a road graph first")
        }
        let problem = try CoverageBuilder.problem(
            demand: input.demand, candidates: input.candidates.map { ($0.x, $0.y) }, existing: input.existing,
            radius: radius, k: k)
        let greedy = CoverageSolver.greedy(problem)
        let best = CoverageSolver.solve(problem)
        let bound = CoverageBuilder.upperBound(problem)
        let total = input.demand.reduce(0.0) { $0 + $1.weight }
        let uncovered = problem.weights.reduce(0, +)
        let report = CPTEDSitingReport(
            area: area, run: risk.label, radius: radius, k: k, problem: problem, input: input, greedy: greedy,
            best: best, bound: bound, totalRisk: total, uncoveredRisk: uncovered)
        try CPTEDCommand.write(try report.geoJSON(on: c), "sites.geojson", in: out)
        try CPTEDCommand.write(try report.csv(), "sites.csv", in: out)
        try CPTEDCommand.write(try report.summaryJSON(), "summary.json", in: out)
        try CPTEDCommand.write(try report.problemJSON(), "problem.json", in: out)
        try CPTEDCommand.write(report.map(), "sites.svg", in: out)
        print(report.summary())
        print("wrote \(out)/sites.geojson, sites.csv, summary.json, problem.json, sites.svg")
    }
}
