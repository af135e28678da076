/// Reads Korean address text into its components: 시/도, 시/군/구, 동, road name (with
/// "…로 29길" joined into "…로29길"), building or lot number, and what follows.
///
/// The parser only reads; whether the road exists is the geocoder's business. It never
/// guesses a number: a word that is not a clean number leaves the number unset.
public struct AddressParser: Sendable {
    /// Extra 시/군/구 names beyond Seoul's 25 (e.g. from the loaded map).
    public var extraSigungu: Set<String>

    /// A parser that also knows `extraSigungu`.
    public init(extraSigungu: Set<String> = []) { self.extraSigungu = extraSigungu }

    /// Parses `text`, or throws ``AddressParseError`` saying why it cannot be an address.
    public func parse(_ text: String) throws(AddressParseError) -> ParsedAddress {
        let (words, note) = AddressNormalizer.words(text)
        guard !words.isEmpty else { throw AddressParseError("empty address") }
        var result = ParsedAddress(kind: .area)
        var i = 0
        if let sido = AddressNormalizer.sidoAliases[words[0]] {
            result.sido = sido
            i += 1
        }
        if i < words.count, isSigungu(words[i]) {
            result.sigungu = words[i]
            i += 1
        }
        while i < words.count {
            let w = words[i]
            if AddressParser.isRoadName(w) {
                var name = w
                if i + 1 < words.count, AddressParser.isGilSuffix(words[i + 1]) {
                    name += words[i + 1]
                    i += 1
                }
                result.kind = .road
                result.road = name
                i += 1
                if i < words.count, words[i] == "지하" {
                    result.basement = true
                    i += 1
                } else if i < words.count, words[i].hasPrefix("지하"), words[i].count > 2 {
                    result.basement = true
                    result.number = AddressParser.number(String(words[i].dropFirst(2)))
                    if result.number != nil { i += 1 }
                }
                if result.number == nil, i < words.count, let n = AddressParser.number(words[i]) {
                    result.number = n
                    i += 1
                }
                break
            }
            if AddressParser.isDongName(w) {
                var j = i + 1
                var san = false
                if j < words.count, words[j] == "산" {
                    san = true
                    j += 1
                } else if j < words.count, words[j].hasPrefix("산"), AddressParser.number(String(words[j].dropFirst())) != nil {
                    san = true
                    result.number = AddressParser.number(String(words[j].dropFirst()))
                    j += 1
                }
                if result.number == nil, j < words.count, let n = AddressParser.number(words[j]) {
                    result.number = n
                    j += 1
                }
                if result.number != nil {
                    result.kind = .lot
                    result.dong = w
                    result.basement = san
                    i = j
                    break
                }
                if result.dong == nil { result.dong = w }
                i = j
                continue
            }
            i += 1
        }
        if i < words.count { result.detail = words[i...].joined(separator: " ") }
        if result.dong == nil, let note, let first = note.split(separator: ",").first {
            let candidate = first.split(separator: " ").first.map(String.init) ?? ""
            if AddressParser.isDongName(candidate) { result.dong = candidate }
        }
        if result.kind == .area && result.dong == nil {
            let given = [result.sido, result.sigungu].compactMap { $0 }.joined(separator: " ")
            throw AddressParseError(
                given.isEmpty
                    ? "no road name (…로, …길) or 동 found in \"\(text)\""
                    : "only \(given): no road name (…로, …길) or 동 found")
        }
        return result
    }

    func isSigungu(_ w: String) -> Bool {
        AddressNormalizer.knownSigungu(w) || extraSigungu.contains(w)
    }
}
