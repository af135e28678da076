import AnsimLookup
import AnsimLookupStore
import AnsimStore
import AnsimSynth
import ArgumentParser
import Foundation

/// `ansim synth people`: synthetic wearers with GPS tracks and registered offenders.
struct SynthPeople: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "Load synthetic electronic-monitoring wearers (with GPS tracks) and registered offenders.",
        discussion: """
            No real personal data exists in Ansim: this generates seeded synthetic people, \
            every row flagged synthetic = true and named "합성 …", and loads them into \
            monitored_person, gps_fix and registered_offender (earlier synthetic rows are \
            replaced; real rows are never touched). Homes are drawn around the CCTV sites \
            (cctv must be loaded: they follow where people live) with 300 m of jitter. Each \
            wearer's track has one fix every --interval seconds for the --minutes before \
            --until. The default counts are Seoul's share of the national caseloads \
            (docs/LOOKUP.md gives the figures and sources).

            EXAMPLES
              ansim synth people --seed 42
              ansim synth people --seed 42 --until 2023-12-31T22:00:00+09:00
              ansim synth people --seed 1 --wearers 50000 --offenders 950000 --minutes 60
            """)

    @Option(help: "Seed of the generator.") var seed: UInt64
    @Option(help: "Electronic-monitoring wearers.") var wearers = PeopleParameters.seoulWearers
    @Option(help: "Registered offenders.") var offenders = PeopleParameters.seoulOffenders
    @Option(help: "End of the tracks (ISO 8601; default: now, to the minute).") var until: String?
    @Option(help: "Length of the tracks in minutes.") var minutes = 120
    @Option(help: "Seconds between fixes.") var interval = 60

    func validate() throws {
        guard wearers >= 0, offenders >= 0, wearers + offenders <= 5_000_000 else {
            throw ValidationError("--wearers and --offenders must be 0 … 5,000,000 together")
        }
        guard minutes >= 0, minutes <= 7 * 24 * 60 else { throw ValidationError("--minutes must be 0 … 10080") }
        guard interval >= 1 else { throw ValidationError("--interval must be at least 1 s") }
        if let until, ISOTime.parse(until) == nil { throw ValidationError("--until is not ISO 8601 with a zone") }
    }

    func run() throws {
        let connection = try Database.connect()
        let anchors = try connection.query(
            "SELECT ST_X(geom), ST_Y(geom), camera_count::float8 FROM cctv ORDER BY id",
            purpose: "read CCTV sites as anchors"
        ).map { (x: try $0.decode(Double.self, at: 0), y: try $0.decode(Double.self, at: 1), weight: try $0.decode(Double.self, at: 2)) }
        guard !anchors.isEmpty else {
            throw ValidationError("no CCTV sites loaded: load them first (ansim etl load …/cctv/seoul_cctv_points_ando2021.csv)")
        }
        let end = until.flatMap(ISOTime.parse) ?? (ISOTime.now() / 60_000 * 60_000)
        let started = Date()
        let params = PeopleParameters(
            seed: seed, wearers: wearers, offenders: offenders, until: end, minutes: minutes, interval: interval)
        let people = PeopleGenerator.generate(params, anchors: anchors)
        let generated = Date().timeIntervalSince(started)
        let counts = try PeopleLoader.load(people, on: connection)
        print(
            "loaded \(counts.wearers) synthetic wearers with \(counts.fixes) GPS fixes "
                + "(\(ISOTime.format(end - Int64(minutes) * 60_000)) … \(ISOTime.format(end)), every \(interval) s) "
                + "and \(counts.offenders) synthetic registered offenders (seed \(seed); "
                + String(format: "generated in %.2f s, loaded in %.2f s)", generated, Date().timeIntervalSince(started) - generated))
    }
}
