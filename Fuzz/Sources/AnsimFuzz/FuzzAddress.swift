import AnsimGeocode

/// Korean address text, as the geocoder and the lookup API receive it:
/// ``AddressNormalizer/words(_:)`` (spacing, punctuation, brackets, aliases) and
/// ``AddressParser/parse(_:)`` (시/도, 시/군/구, 동, road name and 길, 지하, 산, building
/// or lot numbers, detail), with a parser that also knows extra 시/군/구 names.
enum FuzzAddress {
    /// A parser with two extra 시/군/구 names, as a loaded map would give it.
    static let extended = AddressParser(extraSigungu: ["성남시 분당구", "수원시"])

    /// Parses `bytes` (as UTF-8 text, repaired) with both parsers.
    static func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = AddressNormalizer.words(text)
        for parser in [AddressParser(), extended] {
            guard let parsed = try? parser.parse(text) else { continue }
            _ = (parsed.kind, parsed.sido, parsed.sigungu, parsed.dong, parsed.road)
            _ = (parsed.number, parsed.basement, parsed.detail)
        }
    }
}
