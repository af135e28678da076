import AnsimETL
import Foundation

/// CSV/TSV text with its encodings: ``DelimitedReader`` (delimiter guess, encoding
/// detection through ``TextEncoding/detect(_:)``, the CP949 ``Transcoder``, RFC 4180
/// quoting, line endings, record checks) and the ``ValueParser`` functions the record
/// mapper applies to each field (numbers, dates, year-months, timestamps, yes/no).
enum FuzzCSV {
    /// Seoul time, as the loader parses local timestamps.
    static let seoul = TimeZone(identifier: "Asia/Seoul")!

    /// Reads `bytes` as a delimited file with detection, then once more forced to CP949
    /// when detection chose UTF-8 (so the transcoder sees every input too).
    static func run(_ bytes: [UInt8]) {
        FuzzFiles.with([("csv", bytes)]) { stem in
            let detected = read("\(stem).csv", encoding: nil, parsing: true)
            if detected != .cp949 { _ = read("\(stem).csv", encoding: .cp949, parsing: false) }
        }
    }

    /// Reads every record of `path`, with `parsing` also the values of the first 50
    /// records' first 32 fields (value parsing dominates the time otherwise); returns
    /// the encoding used.
    private static func read(_ path: String, encoding: TextEncoding?, parsing: Bool) -> TextEncoding? {
        guard let reader = try? DelimitedReader(path: path, encoding: encoding) else { return nil }
        var records = 0
        while records < 10_000, let record = reader.next() {
            records += 1
            _ = record.problem
            guard parsing, records <= 50 else { continue }
            for field in record.fields.prefix(32) { parseValues(field) }
        }
        return reader.encoding
    }

    /// Every value parser of the ETL on one field's text; errors are expected answers.
    private static func parseValues(_ text: String) {
        _ = try? ValueParser.integer(text)
        _ = try? ValueParser.number(text)
        _ = try? ValueParser.date(text)
        _ = try? ValueParser.yearMonth(text)
        _ = try? ValueParser.timestamp(text, timezone: seoul)
        _ = ValueParser.instant(text)
        _ = try? ValueParser.yesNo(text)
    }
}
