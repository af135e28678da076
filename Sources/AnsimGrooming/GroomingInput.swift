import Foundation

/// Reads messages from NDJSON (one JSON object per line) or CSV (header
/// `conversation_id,at,speaker,text`, RFC 4180 quoting). Errors name the line.
public enum GroomingInput {
    /// One message as sent in JSON: `at` is ISO 8601; `speaker` and `conversation_id`
    /// are optional (the API takes the id from the path).
    public struct Line: Codable, Sendable {
        public var conversationID: String?
        public var at: String
        public var speaker: String?
        public var text: String

        enum CodingKeys: String, CodingKey { case conversationID = "conversation_id", at, speaker, text }
    }

    /// Parses an ISO 8601 time (with or without fractional seconds).
    public static func date(_ text: String) -> Date? {
        let f = ISO8601DateFormatter()
        if let d = f.date(from: text) { return d }
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.date(from: text)
    }

    /// The message of `line`, or an error naming `where`.
    public static func message(_ line: Line, conversation: String?, where place: String) throws -> GroomingMessage {
        guard let id = conversation ?? line.conversationID, !id.isEmpty else {
            throw GroomingInputError("\(place): no conversation_id", invalid: true)
        }
        guard let at = date(line.at) else { throw GroomingInputError("\(place): \"at\" is not an ISO 8601 time: \(line.at)", invalid: true) }
        guard !line.text.isEmpty else { throw GroomingInputError("\(place): \"text\" is empty", invalid: true) }
        return GroomingMessage(conversationID: id, at: at, speaker: GroomingSpeaker(text: line.speaker ?? ""), text: line.text)
    }

    /// Parses NDJSON; blank lines are skipped.
    public static func ndjson(_ text: String, conversation: String? = nil) throws -> [GroomingMessage] {
        var out: [GroomingMessage] = []
        let decoder = JSONDecoder()
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !s.isEmpty else { continue }
            let line: Line
            do { line = try decoder.decode(Line.self, from: Data(s.utf8)) } catch {
                throw GroomingInputError("line \(n + 1): not a JSON object with \"at\" and \"text\"", invalid: false)
            }
            out.append(try message(line, conversation: conversation, where: "line \(n + 1)"))
        }
        return out
    }

    /// Parses CSV with a header naming conversation_id, at, speaker, text (any order).
    public static func csv(_ text: String) throws -> [GroomingMessage] {
        let rows = CSVRows.parse(text)
        guard let header = rows.first?.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) else { return [] }
        func col(_ name: String) throws -> Int {
            guard let i = header.firstIndex(of: name) else { throw GroomingInputError("CSV header lacks \(name)", invalid: false) }
            return i
        }
        let (ci, ai, ti) = (try col("conversation_id"), try col("at"), try col("text"))
        let si = header.firstIndex(of: "speaker")
        return try rows.dropFirst().enumerated().compactMap { n, r in
            guard !(r.count == 1 && r[0].isEmpty) else { return nil }
            guard r.count == header.count else { throw GroomingInputError("CSV row \(n + 2): \(r.count) fields, header has \(header.count)", invalid: false) }
            return try message(
                Line(conversationID: r[ci], at: r[ai], speaker: si.map { r[$0] }, text: r[ti]), conversation: nil,
                where: "CSV row \(n + 2)")
        }
    }

    /// NDJSON when the first non-blank character is `{`, else CSV.
    public static func parse(_ text: String) throws -> [GroomingMessage] {
        text.first(where: { !$0.isWhitespace }) == "{" ? try ndjson(text) : try csv(text)
    }
}
