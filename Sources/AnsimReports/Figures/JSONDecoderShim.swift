import Foundation

/// Small JSON reads of jsonb columns.
enum JSONDecoderShim {
    /// A `{"key": count}` object.
    static func counts(_ text: String) throws -> [String: Int] {
        try JSONDecoder().decode([String: Int].self, from: Data(text.utf8))
    }
}
