import AnsimSynth
import Testing

/// Hour-of-day profiles, urgency codes and call timelines.
@Suite struct TimeAndCallTests {
    /// Every hour's observed share within 4 standard errors of its configured share.
    func expectHours(_ times: [LocalTime], match profile: TemporalProfile, _ what: String) {
        var counts = [Int](repeating: 0, count: 24)
        for t in times { counts[t.hour] += 1 }
        let shares = profile.hourShares
        for h in 0..<24 {
            let observed = Double(counts[h]) / Double(times.count)
            #expect(
                abs(observed - shares[h]) <= Fixtures.tolerance(shares[h], times.count),
                "\(what) hour \(h): \(observed) vs \(shares[h])")
        }
    }

    @Test func incidentHoursFollowTheClassProfile() {
        for crime in [CrimeClass.theft, .violence, .sexualAssault] {
            let times = Fixtures.run.incidents.filter { $0.crime == crime }.map(\.occurred)
            expectHours(times, match: SynthModel.standard[crime].time, crime.name)
        }
    }

    @Test func nonIncidentCallHoursAndWeekdaysFollowTheCallProfile() {
        let calls = Fixtures.run.calls.filter { $0.incident == nil }
        let profile = SynthModel.standard.calls.time
        expectHours(calls.map(\.received), match: profile, "calls")
        var counts = [Int](repeating: 0, count: 7)
        for c in calls { counts[c.received.weekday] += 1 }
        let total = profile.weekday.reduce(0, +)
        for d in 0..<7 {
            let expected = profile.weekday[d] / total
            // Plus 0.003: 2023 has 53 Sundays and the months weigh days unequally.
            #expect(
                abs(Double(counts[d]) / Double(calls.count) - expected) <= Fixtures.tolerance(
                    expected, calls.count) + 0.003)
        }
    }

    @Test func urgencyCodesFollowTheConfiguredShares() {
        let calls = Fixtures.run.calls
        let shares = SynthModel.standard.calls.codeShares
        var counts = [Int](repeating: 0, count: 5)
        for c in calls { counts[c.code] += 1 }
        for code in 0..<5 {
            let observed = Double(counts[code]) / Double(calls.count)
            #expect(
                abs(observed - shares[code]) <= Fixtures.tolerance(shares[code], calls.count), "code \(code)")
        }
    }

    @Test func callVolumeIsTheModelledShareOfTheYear() {
        let out = Fixtures.run
        let incidents = out.incidents.count
        #expect(out.modelledNonIncidentCalls == 60_000 - incidents)
        let expected = Int((Double(out.modelledNonIncidentCalls) * 0.5).rounded(.toNearestOrAwayFromZero))
        #expect(out.calls.count == incidents + expected)
    }

    @Test func timelinesAreOrderedAndCodeDependent() {
        let period = Period.year(2023)
        for c in Fixtures.run.calls {
            #expect(period.contains(c.received))
            if c.code == 4 {
                #expect(c.dispatched == nil && c.arrived == nil)
            } else {
                #expect(c.dispatched != nil && c.arrived != nil)
            }
            let times = [c.received, c.dispatched, c.arrived, c.closed].compactMap { $0 }
            #expect(zip(times, times.dropFirst()).allSatisfy { $0 <= $1 })
        }
        // Code 0/1 patrols arrive within minutes on average; code 3 waits hours.
        func meanArrival(_ code: Int) -> Double {
            let xs = Fixtures.run.calls.filter { $0.code == code }.map {
                Double($0.arrived!.seconds - $0.received.seconds)
            }
            return xs.reduce(0, +) / Double(xs.count)
        }
        #expect(meanArrival(0) < 300)
        #expect(meanArrival(1) < 360)
        #expect(meanArrival(3) > 3600)
    }

    @Test func everyIncidentHasOneCallNearItsTime() {
        let incidents = Fixtures.run.incidents
        let byNumber = Dictionary(uniqueKeysWithValues: incidents.map { ($0.number, $0) })
        let reporting = Fixtures.run.calls.filter { $0.incident != nil }
        #expect(reporting.count == incidents.count)
        #expect(Set(reporting.compactMap(\.incident)).count == incidents.count)
        for c in reporting {
            let i = byNumber[c.incident!]!
            #expect(c.received.seconds - i.occurred.seconds >= -600)
            #expect(c.received.seconds - i.occurred.seconds <= 48 * 3600)
            #expect(c.x == i.x && c.y == i.y && c.box == i.box && c.station == i.station)
        }
        let numbers = Fixtures.run.calls.map(\.number)
        #expect(numbers.first == "S112-2023-00000001")
        #expect(Set(numbers).count == numbers.count)
    }
}
