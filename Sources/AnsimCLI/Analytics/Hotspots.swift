import AnsimAnalytics
import AnsimAnalyticsStore
import AnsimGeo
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim hotspots`: a hotspot map of one area from the database, recorded as a run.
struct HotspotsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hotspots",
        abstract: "Map the hotspots of a 구, 행정동 or police box from the database; record the run.",
        discussion: """
            Reads the events (incident, or call_112 with --source) of the area and window from \
            the database, bins them on a grid of --cell metres (EPSG:5179, origin a multiple of \
            the cell size) over the area's cells — those whose centre lies inside the boundary — \
            and computes:

              kde     density (events per m²) with the kernel and bandwidth given; classes \
            top-1 and top-5 (the densest 1 % and 5 % of the area's cells)
              gistar  Getis-Ord Gi* z and p of the cell counts, queen contiguity among the \
            area's cells; classes hot-99/95/90 and cold-99/95/90 (|z| ≥ 2.576, 1.960, 1.645)
              moran   Local Moran's I with --permutations conditional permutations; classes \
            HH, LH, LL, HL where p_sim ≤ 0.05
              emerging  emerging hot spot analysis (ArcGIS Pro's patterns, the core of `ansim \
            analyze emerging`): the events binned into every cell of the area's bounding grid × \
            every --step (1d, 1w, 4w, …) from --from (Asia/Seoul midnight; days after the last \
            whole step are left out), space–time Gi* with queen neighbours and --time-lag \
            previous steps (α 0.05, Benjamini–Hochberg with --fdr), Mann–Kendall on each cell's \
            Gi* z-series; class is the category (new_hot_spot, consecutive_hot_spot, …, \
            no_pattern), value the last step's Gi* z, z and p the trend

            The run is recorded in analytics_run (method, parameters, area, window, input rows, \
            code version, synthetic flag, time) with one analytics_cell row per cell, and \
            written as GeoJSON (WGS 84) with an "ansim_run" member. A police box's area is its \
            nearest-box region unless its published jurisdiction is loaded. Dates are Asia/Seoul \
            days, --from inclusive and --to exclusive; without them, the year up to the latest event.

            EXAMPLES
              ansim hotspots --area 강남구 --from 2023-01-01 --to 2024-01-01 --method gistar --cell 100
              ansim hotspots --area 역삼지구대 --method kde --bandwidth 250 --class 절도,폭력
              ansim hotspots --area "강남구 역삼1동" --method moran --source call_112 --json
              ansim hotspots --area 강남구 --from 2023-01-02 --to 2024-01-01 --method emerging --step 1w --cell 200
            """
    )

    @Option(help: "구 (강남구), 행정동 (역삼1동 or \"강남구 역삼1동\"), police box (역삼지구대) or a code.")
    var area: String
    @Option(help: "Restrict the name search to sigungu, hangjeongdong or box.")
    var level: String?
    @Option(help: "First day, YYYY-MM-DD (inclusive).")
    var from: String?
    @Option(help: "Last day, YYYY-MM-DD (exclusive).")
    var to: String?
    @Option(help: "kde, gistar, moran or emerging.")
    var method: String
    @Option(help: "Cell size in metres.")
    var cell = 100.0
    @Option(help: "incident or call_112.")
    var source = "incident"
    @Option(help: "Only these crime classes (incident) or call types (call_112), comma-separated.")
    var `class`: String?
    @Option(help: "KDE bandwidth in metres.")
    var bandwidth = 300.0
    @Option(help: "KDE kernel: quartic, epanechnikov or gaussian.")
    var kernel = "quartic"
    @Option(help: "Local Moran permutations.")
    var permutations = 999
    @Option(help: "Local Moran seed.")
    var seed: UInt64 = 1
    @Option(help: "Emerging: time-step length, days or weeks (1d, 7d, 1w, 4w).")
    var step = "1w"
    @Option(help: "Emerging: previous time steps in a bin's neighbourhood.")
    var timeLag = 1
    @Flag(help: "Emerging: Benjamini–Hochberg false-discovery-rate correction of the bins' p-values.")
    var fdr = false
    @Option(help: "Agency whose events to read.")
    var agency = "seoul"
    @Option(help: "GeoJSON output (default data/generated/hotspots/run-ID.geojson).")
    var out: String?
    @Flag(help: "Print the run as JSON.")
    var json = false

    func run() throws {
        let request = try makeRequest()
        let connection = try Database.connect()
        let result = try HotspotJob.run(request, on: connection)
        let path = out ?? "data/generated/hotspots/run-\(result.runID).geojson"
        try HotspotsOutput.write(try result.geoJSON(), to: path)
        print(json ? try HotspotsOutput.json(result, path: path) : HotspotsOutput.text(result, path: path))
    }

    func makeRequest() throws -> HotspotRequest {
        guard let m = HotspotRequest.Method(rawValue: method) else {
            throw ValidationError("--method \(method): expected kde, gistar, moran or emerging")
        }
        var request = HotspotRequest(area: area, method: m)
        if let level {
            guard let l = AnalysisArea.Level(rawValue: level) else {
                throw ValidationError("--level \(level): expected sigungu, hangjeongdong or box")
            }
            request.level = l
        }
        guard let s = HotspotRequest.Source(rawValue: source) else {
            throw ValidationError("--source \(source): expected incident or call_112")
        }
        guard let k = KernelShape(rawValue: kernel) else {
            throw ValidationError("--kernel \(kernel): expected quartic, epanechnikov or gaussian")
        }
        guard bandwidth.isFinite, bandwidth > 0 else { throw ValidationError("--bandwidth must be positive") }
        guard permutations >= 1 else { throw ValidationError("--permutations must be at least 1") }
        (request.source, request.kernel, request.bandwidth) = (s, k, bandwidth)
        (request.from, request.to, request.cell, request.agency) = (from, to, cell, agency)
        (request.permutations, request.seed) = (permutations, seed)
        guard let days = Self.stepDays(step) else {
            throw ValidationError("--step \(step): expected a number of days or weeks, e.g. 1d, 1w, 4w")
        }
        guard timeLag >= 0 else { throw ValidationError("--time-lag must be ≥ 0 steps") }
        (request.stepDays, request.timeLag, request.fdr) = (days, timeLag, fdr)
        request.classes = (`class` ?? "").split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        return request
    }

    /// Days in a step: "3d" → 3, "2w" → 14 (at most 10 years); nil when unreadable.
    static func stepDays(_ text: String) -> Int? {
        guard let unit = text.last, unit == "d" || unit == "w", let n = Int(text.dropLast()), n >= 1 else {
            return nil
        }
        let days = unit == "w" ? n * 7 : n
        return days <= 3653 ? days : nil
    }
}
