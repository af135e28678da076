import AnsimAnalytics
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim analyze knox`: the Knox test for near-repeats, and Ratcliffe's space–time table.
struct AnalyzeKnox: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "knox",
        abstract: "Knox test of space–time interaction (near-repeats) with Monte Carlo p-value.",
        discussion: """
            Reads --events, a CSV with the columns x,y,t (metres in a projected CRS; t an ISO \
            date 2016-08-01, an ISO date-time 2016-08-01T13:45[:SS][Z|±HH:MM], or a number of \
            days; other columns are ignored). Prints one JSON line \
            {"observed","expected","p"}: observed is the number of pairs of events at most \
            --ds metres apart and at most --dt days apart; expected its mean over \
            --permutations random permutations of the times among the events (the \
            locations fixed); p = (1 + #{permutations ≥ observed})/(permutations + 1). The \
            permutations are seeded by --seed: the same seed gives the same result on any \
            machine and number of cores.

            With --bands, also writes Ratcliffe's Near Repeat Calculator table to --out: \
            space bands "same location", [0, ds] … ((k−1)·ds, k·ds] and beyond (k = \
            --space-bands), time bands [0, dt], (dt, 2dt] … and beyond (--time-bands), one \
            line per cell with space_band,time_band,space_from,space_to,time_from,time_to,\
            observed,expected,ratio,p (each band excludes its lower bound except the first; \
            ratio = observed/expected, NaN where nothing is expected).

            EXAMPLE
              ansim analyze knox --events burglary.csv --ds 200 --dt 14 --permutations 999 --seed 1
            """
    )

    @Option(help: "Input CSV with x,y,t.")
    var events: String

    @Option(help: "Distance in metres: pairs at most this far apart are close in space.")
    var ds: Double

    @Option(help: "Time in days: pairs at most this far apart are close in time.")
    var dt: Double

    @Option(help: "Permutations of the times.")
    var permutations = 999

    @Option(help: "Seed of the permutations (a non-negative integer).")
    var seed: UInt64 = 0

    @Flag(help: "Also write the near-repeat table of space × time bands to --out.")
    var bands = false

    @Option(help: "Number of space bands of --ds metres in the table (besides same location and beyond).")
    var spaceBands = 5

    @Option(help: "Number of time bands of --dt days in the table (besides beyond).")
    var timeBands = 5

    @Option(help: "Output CSV for --bands.")
    var out: String?

    func validate() throws {
        guard permutations >= 1 else { throw ValidationError("--permutations must be at least 1") }
        guard ds.isFinite, ds >= 0 else {
            throw ValidationError("--ds must be a non-negative number of metres")
        }
        guard dt.isFinite, dt >= 0 else {
            throw ValidationError("--dt must be a non-negative number of days")
        }
        guard bands == (out != nil) else { throw ValidationError("--bands and --out go together") }
        if bands {
            guard ds > 0, dt > 0 else { throw ValidationError("--bands needs a positive --ds and --dt") }
            for (name, k) in [("--space-bands", spaceBands), ("--time-bands", timeBands)]
            where !(1...100).contains(k) {
                throw ValidationError("\(name) must be between 1 and 100")
            }
        }
    }

    func run() throws {
        let columns = try AnalyticsIO.columns(events, ["x", "y", "t"])
        let coordinates = try [0, 1].map { k in
            try columns[k].enumerated().map { row, text in
                guard let v = Double(text), v.isFinite else {
                    throw AnsimError(
                        "\(events): row \(row + 2), column \(k == 0 ? "x" : "y"): not a finite number: \"\(text)\""
                    )
                }
                return v
            }
        }
        let times = try columns[2].enumerated().map { row, text in
            if let v = Double(text), v.isFinite { return v }
            guard let time = ForecastTime.parse(text) else {
                throw AnsimError(
                    "\(events): row \(row + 2), column t: \"\(text)\" is not an ISO date, date-time or number of days"
                )
            }
            return time.days
        }
        do {
            let result = try Knox.test(
                xs: coordinates[0], ys: coordinates[1], ts: times, distance: ds, time: dt,
                permutations: permutations, seed: seed)
            print(
                #"{"observed":\#(result.observed),"expected":\#(result.expected),"p":\#(result.p)}"#)
            if bands, let out {
                let table = try NearRepeat.table(
                    xs: coordinates[0], ys: coordinates[1], ts: times, spaceBandwidth: ds,
                    spaceBands: spaceBands,
                    timeBandwidth: dt, timeBands: timeBands, permutations: permutations, seed: seed)
                try write(table, to: out)
            }
        } catch let error as AnalyticsError {
            throw AnsimError("\(events): \(error.description)")
        }
    }

    private func write(_ table: NearRepeat.Table, to path: String) throws {
        let header = [
            "space_band", "time_band", "space_from", "space_to", "time_from", "time_to", "observed",
            "expected",
            "ratio", "p",
        ]
        let ratio = table.ratio
        try AnalyticsIO.write(path, header: header, rows: table.observed.count) { i in
            let (s, t) = (i / table.timeBands, i % table.timeBands)
            return [
                String(s), String(t), AnalyticsIO.number(table.spaceLower(s)),
                AnalyticsIO.number(table.spaceEdges[s]),
                AnalyticsIO.number(table.timeLower(t)), AnalyticsIO.number(table.timeEdges[t]),
                String(table.observed[i]), AnalyticsIO.number(table.expected[i]),
                AnalyticsIO.number(ratio[i]),
                AnalyticsIO.number(table.p[i]),
            ]
        }
    }
}
