import AnsimAnalytics
import AnsimAnalyticsStore
import AnsimReports
import AnsimStore
import ArgumentParser
import Foundation

/// `ansim report run`: one report, now, recorded in the report history.
struct ReportRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Write one report (report.html, report.pdf, map.html, SVG maps and charts, figures.json).",
        discussion: """
            EXAMPLES
              ansim report run --kind weekly --area 강남경찰서 --period 2023-W14 --out /tmp/r
              ansim report run --kind monthly --area 강남구 --period 2023-04 --out reports/강남구 --no-pdf
            """
    )

    @Option(help: "weekly or monthly.")
    var kind: String
    @Option(help: "구 (강남구), police station (강남경찰서), police box (역삼지구대) or 행정동.")
    var area: String
    @Option(help: "Restrict the name search to sigungu, hangjeongdong, box or station.")
    var level: String?
    @Option(help: "ISO week (2023-W14) for weekly, month (2023-04) for monthly.")
    var period: String
    @Option(help: "Output folder.")
    var out: String
    @Flag(help: "Skip the PDF (no weasyprint needed).")
    var noPdf = false
    @Flag(help: "Record new hotspot and forecast runs even when identical ones exist.")
    var fresh = false
    @Option(help: "Forecast method: kde (expected events per cell), sepp, nearrepeat, rtm or ensemble.")
    var forecastMethod = "kde"
    @Option(help: "Agency whose data to read.")
    var agency = "seoul"

    func run() throws {
        let request = try makeRequest()
        let connection = try Database.connect()
        let id = try ReportHistory.begin(request, on: connection)
        do {
            let output = try ReportBuilder.build(request, reportRunID: id, on: connection)
            try ReportHistory.succeed(id, output, on: connection)
            print(ReportSummary.text(output))
        } catch {
            try? ReportHistory.fail(id, error: "\(error)", on: connection)
            throw error
        }
    }

    func makeRequest() throws -> ReportRequest {
        guard let k = ReportKind(rawValue: kind) else {
            throw ValidationError("--kind \(kind): expected weekly or monthly")
        }
        guard let method = ForecastMethod(rawValue: forecastMethod) else {
            throw ValidationError(
                "--forecast-method \(forecastMethod): expected kde, sepp, nearrepeat, rtm or ensemble")
        }
        var request = ReportRequest(area: area, period: try ReportPeriod(period, kind: k), outDir: out)
        if let level {
            guard let l = AnalysisArea.Level(rawValue: level) else {
                throw ValidationError("--level \(level): expected sigungu, hangjeongdong, box or station")
            }
            request.level = l
        }
        (request.pdf, request.fresh, request.forecastMethod, request.agency) = (!noPdf, fresh, method, agency)
        return request
    }
}
