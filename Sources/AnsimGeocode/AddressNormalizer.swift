import Foundation

/// Cleans address text the way people write it: Unicode NFC, full-width digits and
/// punctuation, quotes and commas, parenthetical notes set apart, runs of spaces, and
/// words glued together ("강남구개포동570", "학동로156") split.
public enum AddressNormalizer {
    /// The 시/도 spellings and their official names.
    public static let sidoAliases: [String: String] = {
        let pairs: [(String, [String])] = [
            ("서울특별시", ["서울", "서울시", "서울특별시"]), ("부산광역시", ["부산", "부산시", "부산광역시"]),
            ("대구광역시", ["대구", "대구시", "대구광역시"]), ("인천광역시", ["인천", "인천시", "인천광역시"]),
            ("광주광역시", ["광주광역시"]), ("대전광역시", ["대전", "대전시", "대전광역시"]),
            ("울산광역시", ["울산", "울산시", "울산광역시"]), ("세종특별자치시", ["세종", "세종시", "세종특별자치시"]),
            ("경기도", ["경기", "경기도"]), ("강원특별자치도", ["강원", "강원도", "강원특별자치도"]),
            ("충청북도", ["충북", "충청북도"]), ("충청남도", ["충남", "충청남도"]),
            ("전북특별자치도", ["전북", "전라북도", "전북특별자치도"]), ("전라남도", ["전남", "전라남도"]),
            ("경상북도", ["경북", "경상북도"]), ("경상남도", ["경남", "경상남도"]),
            ("제주특별자치도", ["제주", "제주도", "제주특별자치도"]),
        ]
        var map: [String: String] = [:]
        for (name, aliases) in pairs { for a in aliases { map[a] = name } }
        return map
    }()

    /// The text split into words, and the text of its first parenthetical note (the
    /// note may be unterminated: "… 301 (개포동").
    public static func words(_ text: String) -> (words: [String], note: String?) {
        var main = ""
        var note = ""
        var depth = 0
        var sawNote = false
        for ch in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            var c = ch
            if (0xFF01...0xFF5E).contains(c.value) { c = Unicode.Scalar(c.value - 0xFEE0)! }  // full-width
            switch c {
            case "(", "[", "{":
                depth += 1
                if depth == 1 && !sawNote { sawNote = true } else if depth == 1 { note.unicodeScalars.append(",") }
                main.unicodeScalars.append(" ")
            case ")", "]", "}":
                depth = max(0, depth - 1)
                main.unicodeScalars.append(" ")
            case "\"", "'", ",", "·", "\u{3000}", "\t", "\n", "\r":
                if depth > 0 { note.unicodeScalars.append(c == "," ? "," : " ") } else { main.unicodeScalars.append(" ") }
            case "–", "—", "~", "－":
                if depth > 0 { note.unicodeScalars.append("-") } else { main.unicodeScalars.append("-") }
            default:
                if depth > 0 { note.unicodeScalars.append(c) } else { main.unicodeScalars.append(c) }
            }
        }
        var out: [String] = []
        for word in main.split(separator: " ") { out += split(String(word)) }
        let trimmed = note.trimmingCharacters(in: .whitespaces)
        return (out, trimmed.isEmpty ? nil : trimmed)
    }

    /// Splits a word that glues a 시/도, a 구, a 동 or a road to what follows
    /// ("서울시강남구", "강남구개포동570", "학동로156", "156번지").
    static func split(_ word: String) -> [String] {
        let s = Array(word.unicodeScalars)
        guard s.count > 1 else { return [word] }
        // A 시/도 or a 구/군 glued to Hangul that follows ("서울시강남구", "강남구개포동").
        for i in 1..<(s.count - 1) where isHangul(s[i + 1]) {
            let head = String(String.UnicodeScalarView(s[0...i]))
            let rest = String(String.UnicodeScalarView(s[(i + 1)...]))
            if s[i] == "시" || s[i] == "도", sidoAliases[head] != nil { return [head] + split(rest) }
            if s[i] == "구" || s[i] == "군", knownSigungu(head) { return [head] + split(rest) }
        }
        // Hangul ending in 로/길/동/가/리 glued to a number ("학동로156", "개포동570", "산12").
        if let firstDigit = s.firstIndex(where: { ("0"..."9").contains($0) }), firstDigit > 0,
            s[firstDigit...].allSatisfy({ ("0"..."9").contains($0) || $0 == "-" || $0 == "번" || $0 == "지" }),
            let lastHangul = s[..<firstDigit].last, "로길동가리".unicodeScalars.contains(lastHangul) || lastHangul == "산"
        {
            let tail = String(String.UnicodeScalarView(s[firstDigit...]))
            // "테헤란로29길" keeps its digits: the name continues after them.
            if !tail.hasSuffix("길") && !tail.hasSuffix("가") && !tail.hasSuffix("동") {
                let head = String(String.UnicodeScalarView(s[..<firstDigit]))
                if head == "산" { return [word] }
                if head.hasSuffix("산") && head.count > 1 {
                    return [String(head.dropLast()), "산" + tail]
                }
                return [head, tail]
            }
        }
        return [word]
    }

    /// Whether `name` is a Seoul 자치구 (the map's own list widens this at geocoding time).
    static func knownSigungu(_ name: String) -> Bool { seoulGu.contains(name) }

    /// Seoul's 25 자치구.
    public static let seoulGu: Set<String> = [
        "종로구", "중구", "용산구", "성동구", "광진구", "동대문구", "중랑구", "성북구", "강북구", "도봉구", "노원구",
        "은평구", "서대문구", "마포구", "양천구", "강서구", "구로구", "금천구", "영등포구", "동작구", "관악구",
        "서초구", "강남구", "송파구", "강동구",
    ]

    /// Whether `c` is a Hangul syllable.
    static func isHangul(_ c: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(c.value) }
}
