import Foundation

/// A message after normalisation, in two views, each mapped back to the original text.
///
/// - `spaced`: lower-case NFKC text with whitespace runs as one space (English patterns,
///   with word boundaries);
/// - `compact`: the same without whitespace and light punctuation (Korean patterns:
///   chat Korean is spaced loosely or not at all, and obfuscation inserts spaces).
public struct NormalizedText: Sendable {
    /// The original message, as characters.
    public let original: [Character]
    /// Normalised characters.
    let characters: [Character]
    /// For each normalised character, the index of the original character it came from.
    let origins: [Int]

    /// One view of the normalised text.
    public struct View: Sendable {
        /// The view's text.
        public let text: String
        /// For each UTF-16 offset of `text`, the normalised character index.
        let utf16ToCharacter: [Int]
    }

    /// Words kept apart by spaces.
    public let spaced: View
    /// No spaces, no light punctuation.
    public let compact: View

    init(original: [Character], characters: [Character], origins: [Int]) {
        self.original = original
        self.characters = characters
        self.origins = origins
        var spacedIdx: [Int] = []
        var compactIdx: [Int] = []
        var lastWasSpace = true
        for (i, c) in characters.enumerated() {
            if c.isWhitespace {
                if !lastWasSpace { spacedIdx.append(i) }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            spacedIdx.append(i)
            if !Self.compactDrops.contains(c) { compactIdx.append(i) }
        }
        if let last = spacedIdx.last, characters[last].isWhitespace { spacedIdx.removeLast() }
        spaced = Self.view(spacedIdx, characters, space: true)
        compact = Self.view(compactIdx, characters, space: false)
    }

    /// Punctuation the compact view leaves out.
    static let compactDrops: Set<Character> = [".", ",", "~", "!", "^", "*", "-", "_", "…", "·", "'", "\"", "ㅡ"]

    private static func view(_ indices: [Int], _ characters: [Character], space: Bool) -> View {
        var text = ""
        var map: [Int] = []
        for i in indices {
            let c: Character = characters[i].isWhitespace ? " " : characters[i]
            text.append(c)
            for _ in 0..<String(c).utf16.count { map.append(i) }
        }
        return View(text: text, utf16ToCharacter: map)
    }

    /// The original character range a match in `view` (UTF-16 range) came from.
    func originalRange(_ range: NSRange, in view: View) -> Range<Int> {
        let first = view.utf16ToCharacter[range.location]
        let last = view.utf16ToCharacter[range.location + max(range.length, 1) - 1]
        return origins[first]..<(origins[last] + 1)
    }

    /// The original text in `range`.
    public func excerpt(_ range: Range<Int>) -> String {
        String(original[range])
    }
}
