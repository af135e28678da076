import AnsimGeo
import AnsimSupport
import AnsimSynth
import Foundation
import Testing

/// Incidents: exact totals, places, times, arrests and near repeats.
@Suite struct IncidentTests {
    typealias Key = String
    static func key(_ gu: String, _ crime: CrimeClass) -> Key { "\(gu)/\(crime.name)" }

    static func tally(_ incidents: [SyntheticIncident]) -> [Key: Int] {
        incidents.reduce(into: [:]) { $0[key($1.gu, $1.crime), default: 0] += 1 }
    }

    @Test func everyGuAndClassGetsExactlyThePublishedCount() {
        let got = Self.tally(Fixtures.run.incidents)
        for c in Fixtures.counts { #expect(got[Self.key(c.gu, c.crime)] == c.occurred) }
        #expect(Fixtures.run.incidents.count == Fixtures.counts.map(\.occurred).reduce(0, +))
    }

    @Test func aFractionRoundsEachCountHalfAwayFromZero() throws {
        let out = try Synth.generate(Fixtures.inputs, parameters: Fixtures.parameters(seed: 5, fraction: 0.5))
        let got = Self.tally(out.incidents)
        for c in Fixtures.counts {
            let expected = Int((Double(c.occurred) * 0.5).rounded(.toNearestOrAwayFromZero))
            #expect(got[Self.key(c.gu, c.crime), default: 0] == expected)
        }
        // 5 × 0.5 = 2.5 → 3 and 239 × 0.5 = 119.5 → 120: halves go up.
        #expect(got[Self.key("종로구", .murder)] == 3)
        #expect(got[Self.key("종로구", .sexualAssault)] == 120)
    }

    @Test func everyPointLiesInsideItsDong() throws {
        let byCode = Dictionary(uniqueKeysWithValues: Fixtures.dongs.map { ($0.code, $0) })
        for i in Fixtures.run.incidents {
            let dong = try #require(byCode[i.dongCode])
            #expect(dong.name == i.dong && dong.gu == i.gu)
            #expect(try dong.geometry.contains(Geometry.point(x: i.x, y: i.y, srid: 5179)))
        }
        let byName = Dictionary(uniqueKeysWithValues: Fixtures.dongs.map { ("\($0.gu) \($0.name)", $0) })
        for c in Fixtures.run.calls {
            let dong = try #require(byName["\(c.gu) \(c.dong)"])
            #expect(try dong.geometry.contains(Geometry.point(x: c.x, y: c.y, srid: 5179)))
        }
    }

    @Test func wgs84CoordinatesAreTheTransformedPoints() throws {
        let t = try CoordinateTransform(from: .utmK, to: .wgs84)
        for i in Fixtures.run.incidents.prefix(200) {
            let p = try t.transform(x: i.x, y: i.y)
            #expect(abs(p.x - i.longitude) < 1e-9 && abs(p.y - i.latitude) < 1e-9)
            #expect(i.longitude > 126.9 && i.longitude < 127.1 && i.latitude > 37.5 && i.latitude < 37.6)
        }
    }

    @Test func allTimesFallInsideThePeriodInOrder() {
        let period = Period.year(2023)
        let times = Fixtures.run.incidents.map(\.occurred)
        #expect(times.allSatisfy(period.contains))
        #expect(zip(times, times.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(Fixtures.run.incidents.first?.number == "S2023-0000001")
    }

    @Test func arrestsMatchThePublishedRateCappedAtOne() {
        var arrested: [Key: Int] = [:]
        for i in Fixtures.run.incidents where i.arrested {
            arrested[Self.key(i.gu, i.crime), default: 0] += 1
        }
        for c in Fixtures.counts {
            let rate = min(1, Double(c.arrested) / Double(c.occurred))
            let expected = Int((Double(c.occurred) * rate).rounded(.toNearestOrAwayFromZero))
            #expect(arrested[Self.key(c.gu, c.crime), default: 0] == expected)
        }
    }

    @Test func subclassesBelongToTheirClass() {
        for c in CrimeClass.allCases {
            let allowed = Set(SynthModel.standard[c].subclasses.map(\.name))
            #expect(
                Fixtures.run.incidents.filter { $0.crime == c }.allSatisfy { allowed.contains($0.subclass) })
        }
    }

    @Test func boxIsTheNearestAndStationFallsBackToTheNearestStation() {
        for i in Fixtures.run.incidents {
            let nearest = Fixtures.boxes.min {
                hypot($0.x - i.x, $0.y - i.y) < hypot($1.x - i.x, $1.y - i.y)
            }!
            #expect(i.box == nearest.name)
            #expect(i.station == (nearest.station ?? "종로경찰서"))
        }
    }

    @Test func nearRepeatShareIsCloseToTheBranchingRatio() {
        let incidents = Fixtures.run.incidents
        for crime in [CrimeClass.theft, .violence] {
            let events = incidents.filter { $0.crime == crime }
            let n = SynthModel.standard[crime].nearRepeat.branchingRatio
            let share = Double(events.filter { $0.parent != nil }.count) / Double(events.count)
            // Offspring come in clusters, so the binomial error is inflated by the mean
            // cluster size 1/(1 − n).
            #expect(abs(share - n) <= Fixtures.tolerance(n, events.count) / (1 - n))
        }
        for i in incidents {
            guard let p = i.parent else { continue }
            let parent = incidents[p]
            #expect(parent.crime == i.crime && parent.gu == i.gu)
            #expect(i.occurred.day > parent.occurred.day)
        }
    }

    @Test func missingInputsAreOneLineErrors() {
        var inputs = Fixtures.inputs
        inputs.boxes = []
        #expect(throws: AnsimError("no 지구대/파출소 to assign calls to")) {
            try Synth.generate(inputs, parameters: Fixtures.parameters(seed: 1))
        }
        inputs = Fixtures.inputs
        inputs.counts.append(CrimeCount(gu: "강남구", crime: .theft, occurred: 3, arrested: 1))
        #expect(throws: AnsimError("no 행정동 boundaries for 강남구, which has published counts")) {
            try Synth.generate(inputs, parameters: Fixtures.parameters(seed: 1))
        }
    }
}
