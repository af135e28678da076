import AnsimGeo
import AnsimSynth

/// Hand-made inputs: two 자치구 of two 행정동 each, 1 km squares in EPSG:5179 near
/// Seoul City Hall (x ≈ 950 000, y ≈ 1 950 000), one L-shaped (non-convex) and one a
/// MultiPolygon of two parts, with populations, bars, lodgings, four boxes, two
/// stations and published counts taken from the 2023 table for 종로구 and 중구.
enum Fixtures {
    static func square(_ x: Double, _ y: Double, _ size: Double = 1000) -> [(x: Double, y: Double)] {
        [(x, y), (x + size, y), (x + size, y + size), (x, y + size)]
    }

    static let dongs: [DongArea] = {
        let sajik = try! Geometry.polygon(square(950_000, 1_952_000), srid: 5179)
        let samcheong = try! Geometry.polygon(
            [
                (951_000, 1_952_000), (952_000, 1_952_000), (952_000, 1_953_000), (953_000, 1_953_000),
                (953_000, 1_954_000), (951_000, 1_954_000),
            ], srid: 5179)
        let sogong = try! Geometry.polygon(square(950_000, 1_950_000), srid: 5179)
        let hoehyeon = try! Geometry.collection(
            .multiPolygon,
            [
                try! Geometry.polygon(square(951_000, 1_950_000), srid: 5179),
                try! Geometry.polygon(square(953_000, 1_950_000, 500), srid: 5179),
            ], srid: 5179)
        return [
            DongArea(code: "1111053000", name: "사직동", gu: "종로구", population: 9_000, geometry: sajik),
            DongArea(code: "1111054000", name: "삼청동", gu: "종로구", population: 2_500, geometry: samcheong),
            DongArea(code: "1114052000", name: "소공동", gu: "중구", population: 3_000, geometry: sogong),
            DongArea(code: "1114054000", name: "회현동", gu: "중구", population: nil, geometry: hoehyeon),
        ]
    }()

    static let sites: [RiskSite] = [
        RiskSite(kind: .bar, x: 950_200, y: 1_950_300), RiskSite(kind: .bar, x: 950_700, y: 1_950_800),
        RiskSite(kind: .bar, x: 950_400, y: 1_952_600), RiskSite(kind: .lodging, x: 951_500, y: 1_950_500),
        RiskSite(kind: .lodging, x: 953_200, y: 1_950_200), RiskSite(kind: .bar, x: 940_000, y: 1_940_000),
    ]

    static let boxes: [PoliceBox] = [
        PoliceBox(name: "사직파출소", station: "종로경찰서", x: 950_500, y: 1_952_500),
        PoliceBox(name: "삼청파출소", station: nil, x: 952_000, y: 1_953_500),
        PoliceBox(name: "소공파출소", station: "남대문경찰서", x: 950_500, y: 1_950_500),
        PoliceBox(name: "회현파출소", station: "남대문경찰서", x: 951_500, y: 1_950_500),
    ]

    static let stations: [PoliceStation] = [
        PoliceStation(name: "종로경찰서", x: 951_000, y: 1_953_000),
        PoliceStation(name: "남대문경찰서", x: 951_500, y: 1_950_600),
    ]

    static let counts: [CrimeCount] = [
        CrimeCount(gu: "종로구", crime: .murder, occurred: 5, arrested: 6),
        CrimeCount(gu: "종로구", crime: .robbery, occurred: 5, arrested: 7),
        CrimeCount(gu: "종로구", crime: .sexualAssault, occurred: 239, arrested: 1138),
        CrimeCount(gu: "종로구", crime: .theft, occurred: 1169, arrested: 953),
        CrimeCount(gu: "종로구", crime: .violence, occurred: 1563, arrested: 1381),
        CrimeCount(gu: "중구", crime: .murder, occurred: 3, arrested: 3),
        CrimeCount(gu: "중구", crime: .robbery, occurred: 6, arrested: 5),
        CrimeCount(gu: "중구", crime: .sexualAssault, occurred: 212, arrested: 144),
        CrimeCount(gu: "중구", crime: .theft, occurred: 1520, arrested: 864),
        CrimeCount(gu: "중구", crime: .violence, occurred: 1607, arrested: 1449),
    ]

    static let inputs = SynthInputs(
        dongs: dongs, riskSites: sites, boxes: boxes, stations: stations, counts: counts)

    /// The standard model with a city of 60,000 calls a year, so the test data stay small.
    static func parameters(seed: UInt64, fraction: Double = 1) -> SynthParameters {
        var model = SynthModel.standard
        model.calls.callsPerYear = 60_000
        return SynthParameters(
            seed: seed, period: .year(2023), fraction: fraction, nonIncidentSample: 0.5, model: model)
    }

    /// One full run shared by the read-only tests (seed 20231231).
    static let run: SynthOutput = try! Synth.generate(inputs, parameters: parameters(seed: 20_231_231))

    /// "4 standard errors" of a proportion p estimated from n draws.
    static func tolerance(_ p: Double, _ n: Int) -> Double { 4 * (p * (1 - p) / Double(n)).squareRoot() }
}
