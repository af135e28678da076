extension String {
    /// The text without leading and trailing white space: ASCII spaces, tabs and line
    /// breaks, no-break space (U+00A0) and ideographic space (U+3000), which Korean
    /// spreadsheets leave around values. Works on the UTF-8 bytes (Foundation's
    /// `trimmingCharacters(in:)` goes through UTF-16 and dominated load profiles) and
    /// returns `self` unchanged, without copying, in the common case.
    var trimmed: String {
        let u = utf8
        guard let first = u.first, let last = u.last else { return self }
        if !Self.isSpaceByte(first) && !Self.isSpaceByte(last) && first != 0xC2 && first != 0xE3
            && last != 0xA0 && last != 0x80
        {
            return self
        }
        let bytes = Array(u)
        var start = 0
        var end = bytes.count
        while start < end {
            let n = Self.spaceLength(bytes, at: start)
            if n == 0 { break }
            start += n
        }
        while end > start {
            if Self.isSpaceByte(bytes[end - 1]) {
                end -= 1
            } else if end - start >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 {
                end -= 2
            } else if end - start >= 3, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80, bytes[end - 1] == 0x80
            {
                end -= 3
            } else {
                break
            }
        }
        if start == 0 && end == bytes.count { return self }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    @inline(__always)
    static func isSpaceByte(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C
    }

    /// Length of the white-space character at `i`, or 0.
    static func spaceLength(_ bytes: [UInt8], at i: Int) -> Int {
        if isSpaceByte(bytes[i]) { return 1 }
        if i + 1 < bytes.count, bytes[i] == 0xC2, bytes[i + 1] == 0xA0 { return 2 }
        if i + 2 < bytes.count, bytes[i] == 0xE3, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return 3 }
        return 0
    }
}
