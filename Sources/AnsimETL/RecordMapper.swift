import AnsimSupport
import Foundation

/// Turns source records into canonical rows according to a ``SourceDefinition``:
/// picks the columns, applies the named transforms, parses and validates values for
/// the target column's type, builds the natural key, and extracts raw coordinates.
/// Anything that makes a row unusable becomes a quarantine reason.
final class RecordMapper {
    let definition: SourceDefinition
    let target: Target
    let file: String
    let timezone: TimeZone
    let warnings: LoadWarnings
    let timestamps: LocalTimestamps
    private let fields: [ResolvedField]
    private let keyColumns: [Int]?
    private let keyByRow: Bool
    /// Positions (in the mapped values) of the target's conflict fields, used as the
    /// key when the definition names none and the table has no key column.
    private let conflictFields: [Int]
    private let xColumn: Int?
    private let yColumn: Int?
    private let skips: [(column: Int, values: Set<String>, reason: String)]
    let attributeColumns: [(String, Int)]
    let columnNames: [String]
    /// Rows without coordinates are mapped (x, y nil) for the writer to geocode, instead of
    /// being quarantined here.
    var geocodesMissingCoordinates = false

    /// What a record became.
    enum Mapped {
        case row(values: [String?], key: String, x: Double?, y: Double?, wkb: [UInt8]?)
        case quarantine(String)
    }

    struct ResolvedField {
        let column: TargetColumn
        let spec: FieldSpec?
        let indices: [Int]
        let constant: String?
    }

    /// Resolves the definition against the file's columns; throws when a column the
    /// definition needs is not in the file.
    init(
        definition: SourceDefinition, target: Target, columnNames: [String], headerLines: [[String]],
        file: String, timezone: TimeZone, warnings: LoadWarnings
    ) throws {
        self.definition = definition
        self.target = target
        self.file = file
        self.timezone = timezone
        self.warnings = warnings
        self.timestamps = LocalTimestamps(timezone: timezone)
        self.columnNames = columnNames
        var missing: [String] = []
        func index(_ name: String) -> Int? {
            if name.hasPrefix("$"), let i = Int(name.dropFirst()) { return i < columnNames.count ? i : nil }
            return columnNames.firstIndex(of: name)
        }
        func resolve(_ names: [String]) -> [Int] {
            let found = names.compactMap(index)
            if found.isEmpty && !names.isEmpty { missing.append(names.joined(separator: " or ")) }
            return found
        }
        var resolved: [ResolvedField] = []
        for column in target.columns where column.staged {
            let spec = definition.fields[column.name]
            var constant = spec?.constant
            if let cell = spec?.headerCell, cell.count == 2 {
                let line = cell[0] < headerLines.count ? headerLines[cell[0]] : []
                constant = cell[1] < line.count ? line[cell[1]] : nil
            }
            if column.name == "counts" && definition.wide != nil {
                resolved.append(ResolvedField(column: column, spec: nil, indices: [], constant: nil))
                continue
            }
            resolved.append(
                ResolvedField(
                    column: column, spec: spec, indices: resolve(spec?.columns ?? []), constant: constant))
        }
        fields = resolved
        let key = definition.key ?? []
        keyByRow = key == ["$row"]
        keyColumns = key.isEmpty || keyByRow ? nil : key.map { resolve([$0]).first ?? -1 }
        let conflict: [String]
        switch target.upsert {
        case .snapshot(let c, _), .merge(let c): conflict = c
        }
        let staged = target.columns.filter(\.staged).map(\.name)
        conflictFields = target.keyColumn == nil ? conflict.compactMap { staged.firstIndex(of: $0) } : []
        xColumn = definition.x.flatMap { resolve([$0]).first }
        yColumn = definition.y.flatMap { resolve([$0]).first }
        skips = (definition.skip ?? []).compactMap { rule in
            resolve([rule.column]).first.map { ($0, Set(rule.values), rule.reason) }
        }
        attributeColumns = (definition.attributes ?? []).compactMap { name in index(name).map { (name, $0) } }
        if !missing.isEmpty {
            throw ETLError(
                "\(file): no column \(missing.joined(separator: ", ")) for source \(definition.id) "
                    + "(the file has: \(columnNames.prefix(20).joined(separator: ", ")))")
        }
    }

    /// Maps one record.
    func map(_ record: SourceRecord) -> Mapped {
        if let problem = record.problem { return .quarantine(problem) }
        for skip in skips {
            if let v = value(record, skip.column), skip.values.contains(v) { return .quarantine(skip.reason) }
        }
        var values: [String?] = []
        values.reserveCapacity(fields.count)
        for field in fields {
            if field.column.name == "counts", let layout = definition.wide {
                do {
                    values.append(try TargetRules.wideCounts(layout, record))
                } catch {
                    return .quarantine("\(error)")
                }
                continue
            }
            switch convert(field, record) {
            case .success(let v): values.append(v)
            case .failure(let reason): return .quarantine(reason)
            }
        }
        if let reason = TargetRules.apply(target.table, target.columns.filter(\.staged), &values) {
            return .quarantine(reason)
        }
        var x: Double?
        var y: Double?
        if let xc = xColumn, let yc = yColumn {
            let (xs, ys) = (value(record, xc) ?? "", value(record, yc) ?? "")
            if xs.isEmpty || ys.isEmpty {
                if geocodesMissingCoordinates {
                    return .row(values: values, key: key(record, values, nil, nil), x: nil, y: nil, wkb: nil)
                }
                return .quarantine("missing coordinates")
            }
            do {
                x = try ValueParser.number(xs)
                y = try ValueParser.number(ys)
            } catch {
                return .quarantine("non-numeric coordinates (\(xs), \(ys))")
            }
        }
        return .row(values: values, key: key(record, values, x, y), x: x, y: y, wkb: record.wkb)
    }

    private func value(_ record: SourceRecord, _ index: Int) -> String? {
        guard index >= 0, index < record.values.count, let v = record.values[index] else { return nil }
        let t = v.trimmed
        return t.isEmpty ? nil : t
    }

    private func key(_ record: SourceRecord, _ values: [String?], _ x: Double?, _ y: Double?) -> String {
        if keyByRow { return String(record.number) }
        var parts: [String]
        if let keyColumns {
            parts = keyColumns.map { value(record, $0) ?? "" }
        } else if !conflictFields.isEmpty {
            parts = conflictFields.map { values[$0] ?? "" }
        } else {
            parts = values.map { $0 ?? "" }
            if let x, let y { parts += [String(x), String(y)] }
        }
        let joined = parts.joined(separator: "|")
        return joined.utf8.count <= 200 ? joined : "sha256:" + SHA256.hex(Data(joined.utf8))
    }
}
