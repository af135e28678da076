extension DelimitedReader {
    /// Parses one record starting at `position`. Returns nil when the buffer ends
    /// before the record does and more input may follow (`final` false).
    func parseRecord(final: Bool) -> DelimitedRecord? {
        let start = position
        var i = start
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var fieldStart = true
        var lines = 0
        var problem: String?
        let quote: UInt8 = 34
        let end = buffer.count
        var recordEnd = -1
        var next = -1
        scan: while i < end {
            let b = buffer[i]
            if quoted {
                if b == quote {
                    if i + 1 < end {
                        if buffer[i + 1] == quote {
                            field.append(quote)
                            i += 2
                            continue
                        }
                        quoted = false
                        i += 1
                        continue
                    }
                    if !final { return nil }
                    quoted = false
                    i += 1
                    continue
                }
                if b == 10 || (b == 13 && !(i + 1 < end && buffer[i + 1] == 10)) { lines += 1 }
                field.append(b)
                i += 1
                continue
            }
            switch b {
            case delimiter:
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                fieldStart = true
                i += 1
                continue
            case 10:
                recordEnd = i
                next = i + 1
                break scan
            case 13:
                if i + 1 >= end && !final { return nil }
                recordEnd = i
                next = (i + 1 < end && buffer[i + 1] == 10) ? i + 2 : i + 1
                break scan
            case quote where fieldStart:
                quoted = true
            default:
                field.append(b)
            }
            fieldStart = false
            i += 1
        }
        if recordEnd < 0 {
            // The buffer ended inside the record.
            if !final { return nil }
            if quoted { problem = "unterminated quoted field" }
            recordEnd = end
            next = end
        }
        fields.append(String(decoding: field, as: UTF8.self))
        let rawBytes = buffer[start..<recordEnd]
        problem = problem ?? check(rawBytes)
        let record = DelimitedRecord(
            line: line, fields: fields, raw: String(decoding: rawBytes.prefix(8192), as: UTF8.self),
            problem: problem)
        line += 1 + lines
        position = next
        return record
    }

    /// Names what is wrong with a record's bytes, if anything.
    private func check(_ bytes: ArraySlice<UInt8>) -> String? {
        var high = false
        for b in bytes {
            if b == 0 { return "binary data (a NUL byte) in the record" }
            if b >= 0x80 { high = true }
        }
        guard high else { return nil }
        if encoding == .cp949 {
            // The transcoder writes U+FFFD (EF BF BD) for bytes that are not CP949.
            var i = bytes.startIndex
            while i + 2 < bytes.endIndex {
                if bytes[i] == 0xEF && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD {
                    return "bytes that are not CP949 text"
                }
                i += 1
            }
            return nil
        }
        return TextEncoding.isValidUTF8(Array(bytes), allowTruncatedEnd: false)
            ? nil : "bytes that are not UTF-8 text (is the file CP949? pass --encoding cp949)"
    }
}
