import Foundation

/// JSON encoding shared by the notifiers (ISO 8601 times, sorted keys).
enum AlertJSON {
    static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return e
    }
}
