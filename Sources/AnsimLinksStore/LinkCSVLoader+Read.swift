import AnsimETL
import AnsimLinks
import AnsimSupport
import Foundation

extension LinkCSVLoader {
    /// One data row as read: the parsed link or the reason it is quarantined, and the
    /// earlier row with the same natural key.
    struct StagedRow {
        var line: Int
        var raw: String
        var row: LinkCSVRow?
        var reason: String?
        var duplicateOf: Int?
    }

    /// The file's rows, checked in order.
    struct Staged {
        var encoding: String
        var rows: [StagedRow]
    }

    /// Reads and checks every row; a reference used with two kinds in the file is
    /// quarantined at its second kind.
    static func read(_ file: String, _ export: LinkExportKind) throws -> Staged {
        let reader = try DelimitedReader(path: file)
        guard let header = reader.next() else { throw AnsimError("\(file): empty file (no header)") }
        var column: [String: Int] = [:]
        for (i, name) in header.fields.enumerated() where column[trim(name).lowercased()] == nil {
            column[trim(name).lowercased()] = i
        }
        let missing = export.required.filter { column[$0] == nil }
        guard missing.isEmpty else {
            throw AnsimError(
                "\(file): not a \(export.rawValue) export: no column \(missing.joined(separator: ", ")) "
                    + "(needs \((export.required + export.optional).joined(separator: ", ")))")
        }
        var rows: [StagedRow] = []
        var firstOfKey: [String: Int] = [:]
        var kindOf: [String: EntityKind] = [:]
        let (sourceKind, targetKind) = export.ends
        for record in reader where !record.isBlank {
            var staged = StagedRow(line: record.line, raw: record.raw)
            if let problem = record.problem {
                staged.reason = problem
            } else {
                let fields = record.fields
                switch LinkCSVRow.parse(export, { name in column[name].map { $0 < fields.count ? trim(fields[$0]) : "" } ?? "" }) {
                case .failure(let p): staged.reason = p.reason
                case .success(let row):
                    if let clash = [(row.source, sourceKind), (row.target, targetKind)].first(where: { ref, kind in
                        kindOf[ref].map { $0 != kind } ?? false
                    }) {
                        staged.reason = "kind conflict: \(clash.0) is a \(kindOf[clash.0]!.rawValue) earlier in the file, not \(clash.1.rawValue)"
                    } else if let first = firstOfKey[row.key] {
                        staged.row = row
                        staged.duplicateOf = first
                    } else {
                        staged.row = row
                        firstOfKey[row.key] = record.line
                        kindOf[row.source] = sourceKind
                        kindOf[row.target] = targetKind
                    }
                }
            }
            rows.append(staged)
        }
        return Staged(encoding: reader.encoding.rawValue, rows: rows)
    }

    /// `s` without leading and trailing white space.
    static func trim(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
