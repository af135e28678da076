import Foundation

extension RecordMapper {
    enum Conversion {
        case success(String?)
        case failure(String)
    }

    /// Picks, transforms, parses and validates one field of a record.
    func convert(_ field: ResolvedField, _ record: SourceRecord) -> Conversion {
        let column = field.column
        if column.type == .json && field.spec == nil && !(definition.attributes ?? []).isEmpty {
            return .success(attributesJSON(record))
        }
        var raw = field.constant
        var source = "constant"
        for i in field.indices where i < record.values.count {
            if let v = record.values[i]?.trimmed, !v.isEmpty {
                raw = v
                source = definitionColumnName(i)
                break
            }
        }
        guard var text = raw, !text.isEmpty else {
            return column.required ? .failure("\(column.name) is empty") : .success(nil)
        }
        do {
            if let transform = field.spec?.transform { text = try apply(transform, text) }
            var value: String?
            switch column.type {
            case .text, .json: value = text
            case .integer: value = try ValueParser.integer(text).map(String.init)
            case .number: value = try ValueParser.number(text).map { String($0) }
            case .date: value = try ValueParser.date(text)
            case .timestamp: value = try timestamps.parse(text)
            case .boolean: value = try ValueParser.yesNo(text).map { $0 ? "true" : "false" }
            }
            if let minimum = field.spec?.minimum, let v = value, v < minimum {
                warnings.add(
                    "\(column.name) before \(minimum) set to NULL", row: record.number, example: text)
                value = nil
            }
            if let range = column.allowed, let v = value, let n = Int(v), !range.contains(n) {
                return .failure(
                    "\(column.name) (\(source)) out of range \(range.lowerBound)…\(range.upperBound): \(text)"
                )
            }
            if value == nil && column.required { return .failure("\(column.name) is empty") }
            return .success(value)
        } catch {
            if column.required { return .failure("\(column.name) (\(source)): \(error)") }
            warnings.add(
                "\(column.name) (\(source)): unreadable value set to NULL", row: record.number, example: text)
            return .success(nil)
        }
    }

    func definitionColumnName(_ index: Int) -> String {
        index < columnNames.count && !columnNames[index].isEmpty ? columnNames[index] : "$\(index)"
    }

    func apply(_ transform: FieldTransform, _ text: String) throws -> String {
        let words = text.split(separator: " ")
        switch transform {
        case .lastWord: return words.last.map(String.init) ?? text
        case .secondWord: return words.count > 1 ? String(words[1]) : text
        case .yyyymmdd, .yearMonth:
            guard let d = try (transform == .yearMonth ? ValueParser.yearMonth(text) : ValueParser.date(text))
            else {
                return ""
            }
            return d
        case .adminLevel:
            guard text.count == 10, text.allSatisfy(\.isNumber) else {
                throw ValueError("not a 10-digit 행정기관코드: \"\(text)\"")
            }
            if text.hasSuffix("00000000") { return "sido" }
            if text.hasSuffix("00000") { return "sigungu" }
            return "hangjeongdong"
        case .sigunguCode: return String(text.prefix(5))
        case .yesNo: return try ValueParser.yesNo(text).map { $0 ? "true" : "false" } ?? ""
        case .leadingNumber:
            let digits = text.prefix { $0.isNumber }
            guard !digits.isEmpty else { throw ValueError("no leading number in \"\(text)\"") }
            return String(digits)
        }
    }

    /// The definition's `attributes` columns as a JSON object (non-empty values only).
    func attributesJSON(_ record: SourceRecord) -> String {
        var object: [String: String] = [:]
        for (name, index) in attributeColumns where index < record.values.count {
            if let v = record.values[index]?.trimmed, !v.isEmpty {
                object[name] = v
            }
        }
        guard !object.isEmpty,
            let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
