/// Composes spelled-out Hangul compatibility jamo (`ㅅㅏㅈㅣㄴ`) into syllables
/// (`사진`), and expands a few consonant-initial (초성) chat abbreviations.
///
/// Syllable arithmetic is Unicode's (chapter 3.12): 가 + (initial × 21 + medial) × 28 + final.
enum HangulJamo {
    static let initials = Array("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
    static let medials = Array("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
    static let finals = Array("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")

    /// 초성 abbreviations that stand for a word the lexicon knows (whole runs only):
    /// ㅅㅈ 사진 (photo), ㅅㅅ 섹스, ㅇㄷ 어디 (where).
    static let abbreviations: [String: String] = ["ㅅㅈ": "사진", "ㅅㅅ": "섹스", "ㅇㄷ": "어디"]

    static func isJamo(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value, c.unicodeScalars.count == 1 else { return false }
        return (0x3131...0x3163).contains(v)
    }

    /// Composes and expands in place, keeping `origins` aligned.
    static func compose(_ chars: inout [Character], _ origins: inout [Int]) {
        guard chars.contains(where: isJamo) else { return }
        var out: [Character] = []
        var outOrigins: [Int] = []
        var i = 0
        while i < chars.count {
            if isJamo(chars[i]) {
                var j = i
                while j < chars.count, isJamo(chars[j]) { j += 1 }
                let run = Array(chars[i..<j])
                let (composed, map) = composeRun(run)
                if let word = abbreviations[String(run)] {
                    for c in word {
                        out.append(c)
                        outOrigins.append(origins[i])
                    }
                } else {
                    for (c, k) in zip(composed, map) {
                        out.append(c)
                        outOrigins.append(origins[i + k])
                    }
                }
                i = j
            } else {
                out.append(chars[i])
                outOrigins.append(origins[i])
                i += 1
            }
        }
        chars = out
        origins = outOrigins
    }

    /// Composes one run of jamo; returns the characters and, for each, its first jamo's offset.
    static func composeRun(_ run: [Character]) -> ([Character], [Int]) {
        var out: [Character] = []
        var map: [Int] = []
        var i = 0
        while i < run.count {
            if let l = initials.firstIndex(of: run[i]), i + 1 < run.count,
                let v = medials.firstIndex(of: run[i + 1])
            {
                var t = 0
                var used = 2
                if i + 2 < run.count, let f = finals.firstIndex(of: run[i + 2]),
                    !(i + 3 < run.count && medials.contains(run[i + 3]))
                {
                    t = f + 1
                    used = 3
                }
                let scalar = Unicode.Scalar(0xAC00 + UInt32((l * 21 + v) * 28 + t))!
                out.append(Character(scalar))
                map.append(i)
                i += used
            } else {
                out.append(run[i])
                map.append(i)
                i += 1
            }
        }
        return (out, map)
    }
}
