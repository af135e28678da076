import AnsimCPTED
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim cpted gaps`: per 100 m cell and per 행정동, risk against protection.
struct CPTEDGaps: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Rank dark spots (high risk, low protection) per cell, with reasons, and sum them per 행정동.")

    @Option(help: "The 시군구 or 행정동.") var area: String
    @Option(help: "Camera coverage radius (metres).") var radius = 50.0
    @Option(name: .customLong("run"), help: "The risk run (default: the newest forecast).") var runID: Int?
    @Option(help: "How many dark spots to print.") var top = 10
    @Option(help: "Output folder for gaps.geojson, gaps.csv, dongs.csv, gaps.svg.") var out: String

    func run() throws {
        let c = try Database.connect()
        try CPTEDCommand.checkArea(area, on: c)
        let risk = try CPTEDCommand.riskRun(runID, on: c)
        var cells = try CPTEDGapCell.load(area: area, run: risk.id, radius: radius, on: c)
        guard !cells.isEmpty else { throw AnsimError("run \(risk.id) has no cells in \(area)") }
        var policeNote = "police box distance: straight line (no road graph stored)"
        if let road = try CPTEDPoliceDistance.byRoad(cells: cells.map { ($0.x, $0.y) }, area: area, on: c) {
            for i in cells.indices where road.metres[i].isFinite { cells[i].profile.policeDistance = road.metres[i] }
            let reached = road.metres.filter(\.isFinite).count
            policeNote = "police box distance: walking along road graph \(road.graph) (\(reached) of \(cells.count) cells; the rest straight line)"
        }
        let ranked = DarkSpotRanker.rank(cells.map(\.profile), cameraRadius: radius)
        var features: [String] = []
        var csv = "rank,row,col,dong,lon,lat,risk,risk_percentile,cameras,lights,safe_places,police_box_m,protection,score,reasons\n"
        for (rank, s) in ranked.enumerated() {
            let cell = cells[s.index]
            let p = cell.profile
            let reasons = s.reasons.joined(separator: "; ")
            csv += String(
                format: "%d,%d,%d,%@,%.7f,%.7f,%.6f,%.3f,%d,%d,%d,%.0f,%.3f,%.4f,\"%@\"\n", rank + 1, cell.row, cell.col,
                cell.dong, cell.lon, cell.lat, p.risk, s.riskPercentile, p.cameras, p.lights, p.safePlaces,
                p.policeDistance, s.protection, s.score, reasons)
            let props: [String: Any] = [
                "rank": rank + 1, "dong": cell.dong, "risk": p.risk, "risk_percentile": s.riskPercentile,
                "cameras": p.cameras, "lights": p.lights, "safe_places": p.safePlaces,
                "police_box_m": p.policeDistance.rounded(), "protection": s.protection, "score": s.score,
                "reasons": s.reasons,
            ]
            let json = String(decoding: try JSONSerialization.data(withJSONObject: props, options: [.sortedKeys]), as: UTF8.self)
            features.append("{\"type\":\"Feature\",\"geometry\":\(cell.geoJSON),\"properties\":\(json)}")
        }
        try CPTEDCommand.write(
            "{\"type\":\"FeatureCollection\",\"features\":[\n" + features.joined(separator: ",\n") + "\n]}\n",
            "gaps.geojson", in: out)
        try CPTEDCommand.write(csv, "gaps.csv", in: out)
        try CPTEDCommand.write(CPTEDGapCell.dongTable(cells, ranked), "dongs.csv", in: out)
        var map = CPTEDMapSVG(title: "\(area): dark spots (risk percentile × (1 − protection)), top \(top) in red")
        let size = risk.cell
        map.squares = ranked.map { s in CPTEDMapSVG.Square(x: cells[s.index].x, y: cells[s.index].y, size: size, shade: s.score) }
        map.sites = ranked.prefix(top).enumerated().map { (cells[$1.index].x, cells[$1.index].y, "\($0 + 1)") }
        try CPTEDCommand.write(map.render(), "gaps.svg", in: out)
        print("\(area): \(cells.count) cells of \(risk.label); \(policeNote); darkest \(min(top, ranked.count)):")
        for (rank, s) in ranked.prefix(top).enumerated() {
            let cell = cells[s.index]
            print(
                String(
                    format: "  %2d. %@ (%.5f, %.5f) risk p%.0f, protection %.2f: %@", rank + 1, cell.dong, cell.lon,
                    cell.lat, 100 * s.riskPercentile, s.protection,
                    s.reasons.isEmpty ? "protected" : s.reasons.joined(separator: "; ")))
        }
        print("wrote \(out)/gaps.geojson, gaps.csv, dongs.csv, gaps.svg")
    }
}
