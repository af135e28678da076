import Foundation

/// Korean-first normalisation of chat text, keeping a map back to the original.
///
/// In order: Unicode NFKC and lower case (full-width letters, compatibility forms);
/// format characters (zero-width spaces, soft hyphens) removed; spelled-out Hangul
/// jamo composed into syllables (`ㅅㅏㅈㅣㄴ` → `사진`) and a few chat initialisms
/// expanded (`ㅅㅈ` → `사진`); digits and symbols inside Latin words read as letters
/// (`s3nd p1cs` → `send pics`); spaced-out or dotted letters joined (`s e x`, `사.진`);
/// runs of one character cut to two (`보내줘어어어` → `보내줘어어`, `pleeease`).
public enum GroomingNormalizer {
    /// Normalises `text`.
    public static func normalize(_ text: String) -> NormalizedText {
        let original = Array(text)
        var chars: [Character] = []
        var origins: [Int] = []
        for (i, c) in original.enumerated() {
            // Compatibility jamo stay as they are (NFKC would turn them into conjoining
            // jamo and half-compose them); HangulJamo composes them below.
            let s = HangulJamo.isJamo(c) ? String(c) : String(c).precomposedStringWithCompatibilityMapping.lowercased()
            for n in s where !isFormat(n) {
                chars.append(n)
                origins.append(i)
            }
        }
        HangulJamo.compose(&chars, &origins)
        readLeet(&chars)
        joinSpacedLetters(&chars, &origins)
        collapseRepeats(&chars, &origins)
        return NormalizedText(original: original, characters: chars, origins: origins)
    }

    static func isFormat(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy {
            $0.properties.generalCategory == .format || $0.value == 0x00AD || $0.value == 0x034F
        }
    }

    static func isLatin(_ c: Character) -> Bool { c.isASCII && c.isLetter }

    /// Digits and symbols that stand for letters, inside Latin words.
    static let leet: [Character: Character] = [
        "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s",
    ]

    /// Replaces runs of at most two leet characters that touch a Latin letter (and no digit),
    /// except ordinals (`7th grade`).
    static func readLeet(_ chars: inout [Character]) {
        var i = 0
        while i < chars.count {
            guard leet[chars[i]] != nil else { i += 1; continue }
            var j = i
            while j < chars.count, leet[chars[j]] != nil { j += 1 }
            let before = i > 0 ? chars[i - 1] : " "
            let after = j < chars.count ? chars[j] : " "
            let touches = isLatin(before) || isLatin(after)
            let digitNear = before.isNumber || after.isNumber
            let ordinal = chars[i].isNumber && !isLatin(before) && ["st", "nd", "rd", "th"].contains(String(chars[j..<min(j + 2, chars.count)]))
            if touches, !digitNear, !ordinal, j - i <= 2 {
                for k in i..<j { chars[k] = leet[chars[k]]! }
            }
            i = j
        }
    }

    /// Separators people put between letters to dodge filters.
    static let separators: Set<Character> = [" ", ".", "-", "_", "*", "·", "/", "|", "+"]

    /// Joins runs of single letters separated by one separator: three or more Latin
    /// letters (`s e x`), or two or more Hangul syllables with a non-space separator.
    static func joinSpacedLetters(_ chars: inout [Character], _ origins: inout [Int]) {
        let n = chars.count
        func single(_ j: Int) -> Bool {
            chars[j].isLetter && (j == 0 || !chars[j - 1].isLetter) && (j + 1 == n || !chars[j + 1].isLetter)
        }
        var drop = Set<Int>()
        var i = 0
        while i < n {
            guard single(i) else { i += 1; continue }
            var letters = [i]
            var seps: [Int] = []
            var k = i
            while k + 2 < n, separators.contains(chars[k + 1]), single(k + 2) {
                seps.append(k + 1)
                letters.append(k + 2)
                k += 2
            }
            let latin = letters.allSatisfy { isLatin(chars[$0]) }
            let nonSpace = seps.contains { chars[$0] != " " }
            if (latin && letters.count >= 3) || (!latin && nonSpace && letters.count >= 2) {
                drop.formUnion(seps)
            }
            i = k + 1
        }
        guard !drop.isEmpty else { return }
        let keep = chars.indices.filter { !drop.contains($0) }
        chars = keep.map { chars[$0] }
        origins = keep.map { origins[$0] }
    }

    /// Cuts runs of one character to two.
    static func collapseRepeats(_ chars: inout [Character], _ origins: inout [Int]) {
        var c2: [Character] = []
        var o2: [Int] = []
        for (c, o) in zip(chars, origins) {
            if c2.count >= 2, c2[c2.count - 1] == c, c2[c2.count - 2] == c { continue }
            c2.append(c)
            o2.append(o)
        }
        chars = c2
        origins = o2
    }
}
