import Foundation
import AnsimLinks

extension LinkFilter {
    /// A filter from text, as the CLI and the API take it: `kinds` comma-separated link
    /// kinds (empty or nil: all), `from`/`to` times (``LinkTime``, or a date
    /// `YYYY-MM-DD` = 00:00 KST) bounding the window `[from, to)`.
    public static func parse(kinds: String?, from: String?, to: String?) throws -> LinkFilter {
        var set: Set<LinkKind> = []
        for name in (kinds ?? "").split(separator: ",") {
            let name = name.trimmingCharacters(in: .whitespaces)
            guard let k = LinkKind(rawValue: name) else {
                throw LinkQueryError(
                    "unknown link kind \"\(name)\" (\(LinkKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            set.insert(k)
        }
        return LinkFilter(kinds: set, from: try time(from, "from"), to: try time(to, "to"))
    }

    /// Epoch seconds of an optional time or date.
    public static func time(_ text: String?, _ name: String) throws -> Int64? {
        guard let text, !text.isEmpty else { return nil }
        guard let t = LinkTime.parse(text.count == 10 ? text + "T00:00" : text) else {
            throw LinkQueryError("bad \(name) time \"\(text.prefix(40))\" (ISO 8601 or YYYY-MM-DD, KST if no offset)")
        }
        return t
    }
}
