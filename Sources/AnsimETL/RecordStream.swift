import Foundation

/// A source of records: a delimited file or a vector layer, with its column names.
protocol RecordStream: AnyObject {
    /// Column names, in order.
    var columnNames: [String] { get }
    /// Header lines (CSV with multi-line headers), for `header_cell` fields.
    var headerLines: [[String]] { get }
    /// The encoding used, for the run record.
    var encodingName: String { get }
    /// The CRS the file declares (vector files with a .prj), if any.
    var declaredEPSG: Int? { get }
    /// Fraction of the input consumed, 0…1, for progress display.
    var progress: Double { get }
    /// Blank lines met (not rows).
    var blankLines: Int { get }
    /// The next record, or nil at the end.
    func nextRecord() throws -> SourceRecord?
}

/// Records of a CSV/TSV file, after its header lines.
final class DelimitedStream: RecordStream {
    let reader: DelimitedReader
    let columnNames: [String]
    let headerLines: [[String]]
    let fileSize: Double
    private(set) var blankLines = 0
    private let expectedWidth: Int?

    init(path: String, definition: SourceDefinition, encoding: TextEncoding?) throws {
        let delimiter = definition.delimiter.flatMap { $0 == "\\t" ? 9 : $0.utf8.first }
        let fixed = try encoding ?? definition.encoding.map { try TextEncoding(name: $0) }
        reader = try DelimitedReader(path: path, encoding: fixed, delimiter: delimiter)
        let headerRows = definition.headerRows ?? 1
        var lines: [[String]] = []
        while lines.count < headerRows, let r = try reader.nextRecord() {
            if let problem = r.problem {
                throw ETLError("\(path): header line \(r.line) unreadable: \(problem)")
            }
            lines.append(r.fields.map { $0.trimmed })
        }
        if headerRows > 0 && lines.count < headerRows {
            throw ETLError("\(path): the file is empty (expected \(headerRows) header line(s))")
        }
        headerLines = lines
        if let names = definition.columns {
            columnNames = names
        } else if let last = lines.last {
            columnNames = last
        } else {
            columnNames = []
        }
        expectedWidth = columnNames.isEmpty || definition.wide != nil ? nil : columnNames.count
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        fileSize = Double((attributes?[.size] as? Int) ?? 1)
    }

    var encodingName: String { reader.encoding.rawValue }
    var declaredEPSG: Int? { nil }
    var progress: Double { min(1, Double(reader.bytesConsumed) / max(fileSize, 1)) }

    func nextRecord() throws -> SourceRecord? {
        while let r = try reader.nextRecord() {
            var problem = r.problem
            if r.isBlank && problem == nil {
                // A row of nothing: quarantined, so that every line of the file is accounted for.
                blankLines += 1
                problem = "blank line"
            }
            if problem == nil, let width = expectedWidth, r.fields.count != width {
                let extraEmpty = r.fields.count > width && r.fields[width...].allSatisfy { $0.isEmpty }
                if !extraEmpty {
                    problem =
                        "expected \(width) fields, found \(r.fields.count)"
                        + (r.fields.count < width ? " (truncated line?)" : "")
                }
            }
            return SourceRecord(number: r.line, values: r.fields, raw: r.raw, wkb: nil, problem: problem)
        }
        return nil
    }
}
