import AnsimSupport
import Foundation

/// The compiled lexicon: Korean (``koreanPatterns``) and English (``englishPatterns``)
/// entries per stage. Immutable after construction and safe to share
/// (NSRegularExpression is thread-safe for matching).
public final class GroomingLexicon: @unchecked Sendable {
    /// One compiled entry.
    struct Compiled {
        let pattern: GroomingPattern
        let regex: NSRegularExpression
        let unless: NSRegularExpression?
    }

    let entries: [Compiled]

    /// The patterns, in lexicon order.
    public var patterns: [GroomingPattern] { entries.map(\.pattern) }

    /// Compiles `patterns`; throws naming the first that does not compile.
    public init(_ patterns: [GroomingPattern]) throws {
        var ids = Set<String>()
        entries = try patterns.map { p in
            guard ids.insert(p.id).inserted else { throw AnsimError("lexicon: duplicate pattern id \(p.id)") }
            do {
                return Compiled(
                    pattern: p, regex: try NSRegularExpression(pattern: p.regex),
                    unless: try p.unless.map { try NSRegularExpression(pattern: $0) })
            } catch {
                throw AnsimError("lexicon: pattern \(p.id) does not compile: \(error)")
            }
        }
    }

    /// The shipped lexicon (Korean first, then English).
    public static let standard: GroomingLexicon = {
        do { return try GroomingLexicon(koreanPatterns + englishPatterns) } catch {
            fatalError("the shipped grooming lexicon does not compile: \(error)")
        }
    }()

    /// Every match in `text`, one per pattern (its first match), with the original span.
    func matches(_ text: NormalizedText) -> [(GroomingPattern, Range<Int>)] {
        var out: [(GroomingPattern, Range<Int>)] = []
        for e in entries {
            let view = e.pattern.view == .compact ? text.compact : text.spaced
            let ns = view.text as NSString
            let whole = NSRange(location: 0, length: ns.length)
            guard ns.length > 0, let m = e.regex.firstMatch(in: view.text, range: whole), m.range.length > 0
            else { continue }
            if let unless = e.unless, unless.firstMatch(in: view.text, range: whole) != nil { continue }
            out.append((e.pattern, text.originalRange(m.range, in: view)))
        }
        return out
    }
}
