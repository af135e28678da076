import AnsimReports
import Foundation
import Testing

/// Report periods: ISO weeks and months in Asia/Seoul days.
struct PeriodTests {
    @Test func isoWeeks() throws {
        let w = try ReportPeriod("2023-W14", kind: .weekly)
        #expect(w.start.description == "2023-04-03" && w.end.description == "2023-04-10")
        #expect(w.previous.label == "2023-W13" && w.next.label == "2023-W15")
        #expect(w.sameLastYear.label == "2022-W14" && w.sameLastYear.start.description == "2022-04-04")
        #expect(try ReportPeriod("2021-W01", kind: .weekly).start.description == "2021-01-04")
        #expect(try ReportPeriod("2020-W53", kind: .weekly).sameLastYear.label == "2019-W52")
        #expect(try ReportPeriod("2023-W01", kind: .weekly).previous.label == "2022-W52")
        #expect(throws: (any Error).self) { try ReportPeriod("2021-W53", kind: .weekly) }
        #expect(throws: (any Error).self) { try ReportPeriod("2023-04", kind: .weekly) }
    }

    @Test func months() throws {
        let m = try ReportPeriod("2024-03", kind: .monthly)
        #expect(m.start.description == "2024-03-01" && m.end.description == "2024-04-01" && m.days == 31)
        #expect(m.previous.label == "2024-02" && m.previous.days == 29)
        #expect(try ReportPeriod("2024-01", kind: .monthly).previous.label == "2023-12")
        #expect(m.sameLastYear.label == "2023-03")
        #expect(throws: (any Error).self) { try ReportPeriod("2023-13", kind: .monthly) }
    }

    @Test func whatAFiringReportsOn() {
        // Monday 00:30 in Seoul is still Sunday in UTC: the firing reports on the week just ended.
        let f = ISO8601DateFormatter()
        let monday = f.date(from: "2023-04-09T15:30:00Z")!
        #expect(ReportPeriod.seoulDay(of: monday).description == "2023-04-10")
        #expect(ReportPeriod.lastCompleted(before: monday, kind: .weekly).label == "2023-W14")
        #expect(
            ReportPeriod.lastCompleted(before: f.date(from: "2023-04-30T21:00:00Z")!, kind: .monthly).label
                == "2023-04")
    }

    @Test func civilDates() {
        #expect(CivilDate(year: 1970, month: 1, day: 1).daysSinceEpoch == 0)
        #expect(CivilDate(daysSinceEpoch: 19_456).description == "2023-04-09")
        #expect(CivilDate(year: 2023, month: 4, day: 9).weekday == 0)  // Sunday
        #expect(CivilDate(year: 2000, month: 2, day: 29).adding(days: 366).description == "2001-03-01")
        #expect(CivilDate(iso: "2023-02-29") == nil)
    }
}
