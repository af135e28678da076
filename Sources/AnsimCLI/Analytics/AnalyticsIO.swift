import AnsimETL
import AnsimSupport
import Foundation

/// Reading and writing the analytics commands' CSV files (header row, comma-separated).
enum AnalyticsIO {
    /// Reads the named columns of a CSV as text, in file order. Throws naming the file,
    /// the missing column or the bad row.
    static func columns(_ path: String, _ names: [String]) throws -> [[String]] {
        let reader = try DelimitedReader(path: path, delimiter: 44)
        guard let header = reader.next()?.fields.map({ $0.trimmingCharacters(in: .whitespaces) }) else {
            throw AnsimError("\(path): the file is empty (expected a header with \(names.joined(separator: ",")))")
        }
        let indices = try names.map { name -> Int in
            guard let i = header.firstIndex(of: name) else {
                throw AnsimError("\(path): no column \"\(name)\" (the header has \(header.joined(separator: ",")))")
            }
            return i
        }
        var out = [[String]](repeating: [], count: names.count)
        for record in reader {
            if let problem = record.problem { throw AnsimError("\(path):\(record.line): \(problem)") }
            if record.isBlank { continue }
            for (k, i) in indices.enumerated() {
                guard i < record.fields.count else {
                    throw AnsimError("\(path):\(record.line): expected \(header.count) fields, found \(record.fields.count)")
                }
                out[k].append(record.fields[i].trimmingCharacters(in: .whitespaces))
            }
        }
        return out
    }

    /// Reads the named columns as finite numbers.
    static func numbers(_ path: String, _ names: [String]) throws -> [[Double]] {
        let text = try columns(path, names)
        return try zip(names, text).map { name, values in
            try values.enumerated().map { row, v in
                guard let d = Double(v), d.isFinite else {
                    throw AnsimError("\(path): row \(row + 2), column \(name): not a finite number: \"\(v)\"")
                }
                return d
            }
        }
    }

    /// Writes a CSV file with a header; values are written as given.
    static func write(_ path: String, header: [String], rows: Int, _ row: (Int) -> [String]) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw AnsimError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        defer { try? handle.close() }
        var text = header.joined(separator: ",") + "\n"
        for i in 0..<rows {
            text += row(i).joined(separator: ",") + "\n"
            if text.utf8.count > 1 << 20 {
                handle.write(Data(text.utf8))
                text = ""
            }
        }
        handle.write(Data(text.utf8))
    }

    /// Shortest text that reads back to the same double.
    static func number(_ v: Double) -> String {
        v.isNaN ? "NaN" : v.isInfinite ? (v < 0 ? "-inf" : "inf") : "\(v)"
    }
}
