import AnsimAnalytics
import Testing

/// Repeat victimisation counted by hand.
@Suite struct RepeatVictimisationTests {
    @Test func countsByHand() throws {
        // Place 0: days 0, 3, 40 (3 is a repeat within 7; 40 is not). Place 1: days 10, 10, 16
        // (two repeats: gaps 0 and 6). Place 2: day 5 only.
        let r = try RepeatVictimisation.analyze(
            places: [0, 1, 0, 2, 1, 0, 1], times: [0, 10, 3, 5, 10, 40, 16], days: 7, band: 2)
        #expect(r.events == 7 && r.places == 3)
        #expect(r.repeatPlaces == 2 && r.repeats == 3)
        #expect(r.repeatRate == 2.0 / 3)
        #expect(r.repeatShareOfEvents == 3.0 / 7)
        // Gaps 3, 0, 6 in bands [0,2], (2,4], (4,6], (6,7].
        #expect(r.curve.map(\.repeats) == [1, 1, 1, 0])
        #expect(r.curve.map(\.to) == [2, 4, 6, 7])
        #expect(r.curve.map(\.cumulativeShare) == [1.0 / 3, 2.0 / 3, 1, 1])
    }

    @Test func badInput() {
        #expect(throws: AnalyticsError("event 2: time nan is not a finite number")) {
            try RepeatVictimisation.analyze(places: [0, 0], times: [0, .nan], days: 7, band: 1)
        }
        #expect(throws: AnalyticsError("no events")) {
            try RepeatVictimisation.analyze(places: [], times: [], days: 7, band: 1)
        }
    }
}
