import AnsimAnalytics
import AnsimAnalyticsStore
import AnsimStore
import AnsimSupport
import Foundation

/// `ansim forecast --area`: a forecast from the database, recorded as a run.
struct ForecastArea {
    let area: String
    let method: ForecastMethod
    let cell: Double
    let to: String?
    let lookback: Int
    let horizon: String
    let source: String
    let seed: UInt64
    let out: String?
    let json: Bool

    func run() throws {
        var request = ForecastRequest(area: area, method: method)
        do { request.horizon = try ForecastInput.horizon(horizon) } catch {
            throw AnsimError(error.description)
        }
        guard let s = HotspotRequest.Source(rawValue: source) else {
            throw AnsimError("--source \(source): expected incident or call_112")
        }
        guard lookback >= 7 else { throw AnsimError("--lookback \(lookback): at least 7 days") }
        (request.source, request.cell, request.to, request.lookback, request.seed) = (
            s, cell, to, lookback, seed
        )
        let connection = try Database.connect()
        let result = try ForecastJob.run(request, on: connection)
        let path = out ?? "data/generated/forecasts/run-\(result.runID).geojson"
        try HotspotsOutput.write(try result.geoJSON(), to: path)
        print(json ? try HotspotsOutput.json(result, path: path) : HotspotsOutput.text(result, path: path))
    }
}
