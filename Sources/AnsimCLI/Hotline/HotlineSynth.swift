import AnsimHotline
import AnsimServer
import AnsimStore
import ArgumentParser
import Foundation

/// `ansim hotline synth`.
struct HotlineSynth: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Load seeded synthetic cases, orders and places (labelled synthetic).",
        discussion:
            "Creates the organisations when missing; victims are named \"합성 피해자 N\" (synthetic victim N).")
    @Option(help: "Seed.") var seed: UInt64 = 42
    @Option(help: "Cases (one tagged offender each).") var cases = 20
    @Option(help: "City organisation name.") var cityOrg = "서울시 스토킹피해자 원스톱지원센터 (synthetic)"
    @Option(help: "Police organisation name.") var policeOrg = "서울경찰청 (synthetic)"
    @Option(help: "First day of the orders (YYYY-MM-DD).") var from = "2026-11-01"

    func run() throws {
        let c = try Database.connect()
        let city = try AccountStore.organisation(cityOrg, kind: "city", on: c)
        let police = try AccountStore.organisation(policeOrg, kind: "police", on: c)
        var gen = SyntheticHotline(seed: seed)
        let places = gen.places(tags: cases)
        let n = try SyntheticHotline.load(
            places, cityOrgID: city, policeOrgID: police, from: from, cipher: try FieldKeyring.load(), on: c)
        print(
            "loaded \(n) synthetic cases with \(places.count) protected places and a no-approach order each (seed \(seed))"
        )
    }
}
