import AnsimReports
import Foundation
import Testing

/// Cron parsing and firing times against known schedules, in Asia/Seoul wall-clock time.
struct CronTests {
    /// An instant from Seoul wall-clock time.
    static func seoul(_ text: String) -> Date {
        let f = ISO8601DateFormatter()
        return f.date(from: text + "+09:00")!
    }

    static func next(_ cron: String, after: String) throws -> String? {
        try CronExpression(cron).next(after: seoul(after)).map(ReportJSON.seoulTimestamp)
    }

    @Test func weeklyMondayMorningInSeoul() throws {
        // Sunday noon → Monday 07:00 KST, which is Sunday 22:00 UTC.
        let n = try CronExpression("0 7 * * MON").next(after: Self.seoul("2023-04-09T12:00:00"))!
        #expect(ReportJSON.seoulTimestamp(n) == "2023-04-10T07:00:00+09:00")
        #expect(
            n.timeIntervalSince1970
                == Self.seoul("2023-04-09T22:00:00").addingTimeInterval(9 * 3600).timeIntervalSince1970)
        // Strictly after: a firing at the instant itself is not the next one.
        #expect(try Self.next("0 7 * * MON", after: "2023-04-10T07:00:00") == "2023-04-17T07:00:00+09:00")
        #expect(try Self.next("0 7 * * 1", after: "2023-12-31T08:00:00") == "2024-01-01T07:00:00+09:00")
    }

    @Test func monthEndsAndLeapDays() throws {
        #expect(try Self.next("0 0 31 * *", after: "2023-04-01T00:00:00") == "2023-05-31T00:00:00+09:00")
        #expect(try Self.next("30 23 28-31 * *", after: "2023-02-27T00:00:00") == "2023-02-28T23:30:00+09:00")
        #expect(try Self.next("30 23 28-31 * *", after: "2023-02-28T23:30:00") == "2023-03-28T23:30:00+09:00")
        #expect(try Self.next("0 0 29 2 *", after: "2023-03-01T00:00:00") == "2024-02-29T00:00:00+09:00")
        #expect(try CronExpression("0 0 30 2 *").next(after: Self.seoul("2023-01-01T00:00:00")) == nil)
        #expect(try Self.next("@monthly", after: "2023-01-31T12:00:00") == "2023-02-01T00:00:00+09:00")
    }

    @Test func dayOfMonthOrDayOfWeekAsVixieCron() throws {
        // Both restricted: the 1st OR any Monday. 2023-04-01 is a Saturday, 04-03 a Monday.
        #expect(try Self.next("0 7 1 * MON", after: "2023-03-28T00:00:00") == "2023-04-01T07:00:00+09:00")
        #expect(try Self.next("0 7 1 * MON", after: "2023-04-01T07:00:00") == "2023-04-03T07:00:00+09:00")
        // One field starts with '*': both must match (AND); "*/1" counts as a star (DOM_STAR).
        #expect(try Self.next("0 7 1 * *", after: "2023-04-01T07:00:00") == "2023-05-01T07:00:00+09:00")
        #expect(try Self.next("0 7 */1 * MON", after: "2023-03-28T00:00:00") == "2023-04-03T07:00:00+09:00")
        // 13th OR Friday: 2023-10-13 is a Friday; the next after it is Friday 10-20.
        #expect(try Self.next("0 0 13 * 5", after: "2023-10-13T00:00:00") == "2023-10-20T00:00:00+09:00")
    }

    @Test func fieldsNamesRangesAndSteps() throws {
        #expect(
            try CronExpression("0 0 * * 7").dayOfWeek.mask == CronExpression("0 0 * * SUN").dayOfWeek.mask)
        #expect(try CronExpression("*/15 9-17 * * MON-FRI").minute.values == [0, 15, 30, 45])
        #expect(try CronExpression("5/20 * * * *").minute.values == [5, 25, 45])
        #expect(try CronExpression("0 8-10,14 * jan,Jul *").hour.values == [8, 9, 10, 14])
        #expect(try CronExpression("0 8-10,14 * jan,Jul *").month.values == [1, 7])
        #expect(try CronExpression("0 0 * * 5-7").dayOfWeek.values == [0, 5, 6])
        #expect(
            try Self.next("*/15 9-17 * * MON-FRI", after: "2023-04-07T17:45:00")
                == "2023-04-10T09:00:00+09:00")
        let firings = try CronExpression("0 7 * * MON").firings(
            after: Self.seoul("2023-04-01T00:00:00"), through: Self.seoul("2023-04-24T07:00:00"))
        #expect(
            firings.map(ReportJSON.seoulTimestamp) == [
                "2023-04-03T07:00:00+09:00", "2023-04-10T07:00:00+09:00", "2023-04-17T07:00:00+09:00",
                "2023-04-24T07:00:00+09:00",
            ])
    }

    @Test func badExpressionsNameTheField() {
        for (text, words) in [
            ("61 * * * *", "minute"), ("* * *", "5 fields"), ("0 0 * * FOO", "day of week"),
            ("5-1 * * * *", "backwards"),
            ("0 24 * * *", "hour"), ("0 0 0 * *", "day of month"), ("*/0 * * * *", "step"),
        ] {
            #expect {
                _ = try CronExpression(text)
            } throws: { "\($0)".contains(words) }
        }
    }
}
