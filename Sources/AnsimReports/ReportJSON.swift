import Foundation

/// `figures.json`: the report's figures for other systems (snake_case keys, sorted), and
/// the timestamps reports use.
public enum ReportJSON {
    public static func encode(_ figures: ReportFigures) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(figures), as: UTF8.self) + "\n"
    }

    /// `2023-04-10T07:00:00+09:00`.
    public static func seoulTimestamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(secondsFromGMT: ReportPeriod.seoulOffset)
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }
}
