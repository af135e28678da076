/// Word shapes the parser recognises.
extension AddressParser {
    /// A road name: Hangul (digits allowed inside, as in "테헤란로29길") ending in 로 or 길,
    /// with at least one Hangul syllable before the ending.
    static func isRoadName(_ w: String) -> Bool {
        let s = Array(w.unicodeScalars)
        guard s.count >= 2, let last = s.last, last == "로" || last == "길" else { return false }
        guard AddressNormalizer.isHangul(s[0]) else { return false }
        return s.allSatisfy { AddressNormalizer.isHangul($0) || ("0"..."9").contains($0) }
    }

    /// The second half of a road name written apart: "29길", "29번길", "3가길".
    static func isGilSuffix(_ w: String) -> Bool {
        let s = Array(w.unicodeScalars)
        guard s.count >= 2, s.last == "길", let first = s.first, ("0"..."9").contains(first) else { return false }
        return s.allSatisfy { AddressNormalizer.isHangul($0) || ("0"..."9").contains($0) }
    }

    /// A 동/가/리 name: Hangul (digits and "." allowed inside, as in "역삼1동", "종로1.2.3.4가동")
    /// ending in 동, 가 or 리, at least two characters.
    static func isDongName(_ w: String) -> Bool {
        let s = Array(w.unicodeScalars)
        guard s.count >= 2, let last = s.last, last == "동" || last == "가" || last == "리" else { return false }
        guard AddressNormalizer.isHangul(s[0]) else { return false }
        return s.allSatisfy { AddressNormalizer.isHangul($0) || ("0"..."9").contains($0) || $0 == "." }
    }

    /// A building or lot number: "12", "12-3", "12번지", "12-3번지", "12번"; nil otherwise
    /// (also for 0, a missing half of "12-", or more than 5 digits).
    static func number(_ w: String) -> AddressNumber? {
        var text = Substring(w)
        for suffix in ["번지", "번"] where text.hasSuffix(suffix) {
            text = text.dropLast(suffix.count)
            break
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return nil }
        var values: [Int] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 5, part.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }),
                let v = Int(part)
            else { return nil }
            values.append(v)
        }
        guard values[0] > 0 else { return nil }
        return AddressNumber(values[0], values.count > 1 ? values[1] : 0)
    }
}
