import AnsimStore
import AnsimSupport
import AnsimSynth
import ArgumentParser
import Foundation

/// `ansim synth incidents`.
struct SynthIncidents: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incidents",
        abstract: "Write synthetic incidents and their 112 calls, calibrated to the published counts.",
        discussion: """
            Reads the inputs from the database — 행정동 boundaries (admin_area, vintage \
            2021-04 when loaded) and populations (population_dong), the year's published \
            자치구 counts of 살인, 강도, 강간·강제추행, 절도 and 폭력 (crime_stat), bars and \
            lodging still in business (risk_site) and the 지구대/파출소 and 경찰서 \
            (police_org) — and writes three files into the output folder:

              incidents.csv   사건번호,발생일시,죄종,세부죄종,자치구,행정동,행정동코드,
                              관할경찰서,관할지구대,경도,위도,검거여부,합성여부
              calls_112.csv   신고번호,접수일시,지령일시,도착일시,종결일시,긴급도,사건종별,
                              자치구,행정동,관할경찰서,관할지구대,경도,위도,관련사건번호,합성여부
              manifest.json   generator version, seed, fraction, period, input row counts,
                              output row counts and SHA-256, the statement that the data
                              are synthetic

            Each 자치구 × crime class gets exactly round(occurred × fraction) incidents \
            (halves round away from zero), placed by population and nearby bars and \
            lodging inside their 행정동, timed by published hour, weekday and month \
            profiles, with near repeats (a self-exciting point process) and an arrest \
            flag at the published clearance rate. Every incident has one 112 call; other \
            calls (교통사고, 주취자, 소음, 분실, 가정폭력, 실종, …) are added to reach the \
            city's call volume (4 million a year × fraction), of which --call-sample are \
            written. Times are Asia/Seoul local; coordinates WGS 84 with 7 decimals. The \
            responsible box is the nearest one.

            The same seed and the same table contents give byte-identical files. \
            Every figure and its source: docs/SYNTHETIC.md.

            EXAMPLES
              ansim synth incidents --seed 42
              ansim synth incidents --seed 7 --year 2022 --fraction 0.25 --encoding cp949
            """
    )

    @Option(help: "Seed of the generator (a non-negative integer).")
    var seed: UInt64

    @Option(help: "Scale of the published counts and of the call volume (1 = the real volume).")
    var fraction = 1.0

    @Option(help: "Calendar year to generate (its published counts must be loaded).")
    var year = 2023

    @Option(help: "Output folder (default: data/generated/synth-<seed>/).")
    var out: String?

    @Option(help: "Text encoding of the CSV files: utf-8 or cp949.")
    var encoding: Encoding = .utf8

    @Option(help: "Share of the modelled non-incident calls to write (0…1; every incident keeps its call).")
    var callSample = 0.1

    @Option(help: "행정동 boundary vintage (default: 2021-04 when loaded, else the latest).")
    var vintage: String?

    enum Encoding: String, ExpressibleByArgument, CaseIterable {
        case utf8 = "utf-8"
        case cp949
    }

    func validate() throws {
        guard fraction >= 0, fraction.isFinite else { throw ValidationError("--fraction must be ≥ 0") }
        guard (0...1).contains(callSample) else { throw ValidationError("--call-sample must lie in 0…1") }
        guard (1900...2200).contains(year) else { throw ValidationError("--year must be a calendar year") }
    }

    func run() throws {
        let connection = try Database.connect()
        let loaded = try SynthInputLoader(connection: connection).load(year: year, vintage: vintage)
        let parameters = SynthParameters(
            seed: seed, period: .year(year), fraction: fraction, nonIncidentSample: callSample)
        let output = try Synth.generate(loaded.inputs, parameters: parameters)
        let files = try SynthFiles.render(
            output, parameters: parameters, inputs: loaded.counts, selection: loaded.selection,
            encoding: encoding == .cp949 ? .cp949 : .utf8)

        let folder = URL(fileURLWithPath: out ?? "data/generated/synth-\(seed)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in files {
                try Data(file.bytes).write(to: folder.appendingPathComponent(file.name), options: .atomic)
            }
        } catch {
            throw AnsimError("cannot write to \(folder.path): \(error.localizedDescription)")
        }
        print(
            "wrote \(output.incidents.count) synthetic incidents and \(output.calls.count) 112 calls "
                + "(\(year), seed \(seed), fraction \(fraction)) to \(folder.path)/")
    }
}
