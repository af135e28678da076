import AnsimAnalytics
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim analyze repeats`: repeat victimisation of places (file in, file out).
struct AnalyzeRepeats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repeats",
        abstract: "Repeat victimisation of places: repeat rate and time-to-repeat curve.",
        discussion: """
            Reads --events, a CSV with x,y,t (metres; t an ISO date, date-time or a number of \
            days, as `analyze knox`). A place is the exact point (x, y) — a geocoded address — \
            or, with --cell C, the C-metre grid cell holding it (origin 0,0), or, with --place \
            COLUMN, the text of that column. An event is a repeat when the place's previous \
            event was at most --days days before. Prints one JSON line: events, places, \
            repeat_places, repeats, repeat_rate (repeat places / victimised places) and \
            repeat_share (repeats / events). --out writes the time-to-repeat curve: \
            days_from,days_to,repeats,cumulative_share in bands of --band days.

            EXAMPLE
              ansim analyze repeats --events burglary.csv --days 28 --band 7 --out curve.csv
            """
    )

    @Option(help: "Input CSV with x,y,t.")
    var events: String

    @Option(help: "Repeat window in days.")
    var days: Double

    @Option(help: "Band width of the time-to-repeat curve in days (default: --days / 4).")
    var band: Double?

    @Option(help: "Places are grid cells of this many metres instead of exact points.")
    var cell: Double?

    @Option(help: "Places are the values of this column instead of exact points.")
    var place: String?

    @Option(help: "Output CSV of the time-to-repeat curve.")
    var out: String?

    func validate() throws {
        guard days.isFinite, days > 0 else {
            throw ValidationError("--days must be a positive number of days")
        }
        if let band, !(band.isFinite && band > 0) {
            throw ValidationError("--band must be a positive number of days")
        }
        if let cell, !(cell.isFinite && cell > 0) {
            throw ValidationError("--cell must be a positive number of metres")
        }
        guard cell == nil || place == nil else { throw ValidationError("give --cell or --place, not both") }
    }

    func run() throws {
        let columns = try AnalyticsIO.columns(events, ["x", "y", "t"] + (place.map { [$0] } ?? []))
        var keys: [String: Int] = [:]
        var places: [Int] = []
        var times: [Double] = []
        for row in columns[0].indices {
            let line = "\(events): row \(row + 2)"
            guard let x = Double(columns[0][row]), let y = Double(columns[1][row]), x.isFinite, y.isFinite
            else {
                throw AnsimError(
                    "\(line): x,y \"\(columns[0][row])\",\"\(columns[1][row])\" is not a finite point")
            }
            let text = columns[2][row]
            guard let t = Double(text).flatMap({ $0.isFinite ? $0 : nil }) ?? ForecastTime.parse(text)?.days
            else {
                throw AnsimError(
                    "\(line), column t: \"\(text)\" is not an ISO date, date-time or number of days")
            }
            let key: String
            if place != nil {
                key = columns[3][row]
            } else if let cell {
                key = "\(Int((x / cell).rounded(.down))),\(Int((y / cell).rounded(.down)))"
            } else {
                key = "\(x),\(y)"
            }
            places.append(keys[key, default: keys.count])
            if keys[key] == nil { keys[key] = keys.count }
            times.append(t)
        }
        let result: RepeatVictimisation.Result
        do {
            result = try RepeatVictimisation.analyze(
                places: places, times: times, days: days, band: band ?? days / 4)
        } catch {
            throw AnsimError("\(events): \(error.description)")
        }
        print(
            #"{"events":\#(result.events),"places":\#(result.places),"repeat_places":\#(result.repeatPlaces),"repeats":\#(result.repeats),"repeat_rate":\#(result.repeatRate),"repeat_share":\#(result.repeatShareOfEvents)}"#
        )
        if let out {
            try AnalyticsIO.write(
                out, header: ["days_from", "days_to", "repeats", "cumulative_share"], rows: result.curve.count
            ) {
                let b = result.curve[$0]
                return [
                    AnalyticsIO.number(b.from), AnalyticsIO.number(b.to), String(b.repeats),
                    AnalyticsIO.number(b.cumulativeShare),
                ]
            }
        }
    }
}
