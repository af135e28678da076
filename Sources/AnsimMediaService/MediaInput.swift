import AnsimMedia
import Foundation
import Hummingbird

/// Media as a request gives it: a hash (`pdq`, 64 hex) or an image (`image_base64`,
/// JPEG or PNG), which is hashed here and dropped; never both, never neither.
struct MediaInput: Decodable, Sendable {
    var pdq: String?
    var imageBase64: String?

    /// The hash and quality (nil when only a hash was given), or a 400 naming the problem.
    func hashed(_ what: String) throws -> (hash: PDQHash, quality: Int?) {
        switch (pdq, imageBase64) {
        case (let text?, nil):
            guard let hash = PDQHash(hex: text) else {
                throw HTTPError(.badRequest, message: "\(what): pdq is not a PDQ hash (64 hex characters): \(text.prefix(80))")
            }
            return (hash, nil)
        case (nil, let encoded?):
            guard let bytes = Data(base64Encoded: encoded, options: .ignoreUnknownCharacters) else {
                throw HTTPError(.badRequest, message: "\(what): image_base64 is not base64")
            }
            return try Self.hash(image: [UInt8](bytes), what)
        case (nil, nil):
            throw HTTPError(.badRequest, message: "\(what): give pdq (64 hex) or image_base64 (JPEG or PNG)")
        default:
            throw HTTPError(.badRequest, message: "\(what): give pdq or image_base64, not both")
        }
    }

    /// Hashes image bytes, mapping decoder failures to a 400 (415 for other formats).
    static func hash(image: [UInt8], _ what: String) throws -> (hash: PDQHash, quality: Int?) {
        do {
            let result = try Media.hash(imageData: image)
            return (result.hash, result.quality)
        } catch {
            if case .unsupportedFormat = error {
                throw HTTPError(.unsupportedMediaType, message: "\(what): \(error)")
            }
            throw HTTPError(.badRequest, message: "\(what): \(error)")
        }
    }
}
