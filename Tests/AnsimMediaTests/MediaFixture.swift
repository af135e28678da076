import AnsimMedia
import Foundation
import Testing

/// The reference fixtures of `scripts/fixtures/media.py` (Fixtures/expected.tsv).
struct MediaFixture {
    let file: String
    let width: Int
    let height: Int
    let rgbSHA256: String
    let hash: String
    let quality: Int

    /// Every row of expected.tsv.
    static func all() throws -> [MediaFixture] {
        let url = try #require(Bundle.module.url(forResource: "expected", withExtension: "tsv", subdirectory: "Fixtures"))
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        return lines.map { line in
            let f = line.split(separator: "\t").map(String.init)
            return MediaFixture(file: f[0], width: Int(f[1])!, height: Int(f[2])!, rgbSHA256: f[3], hash: f[4],
                                quality: Int(f[5])!)
        }
    }

    /// The bytes of a fixture file.
    static func data(_ file: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: file, withExtension: nil, subdirectory: "Fixtures"))
        return [UInt8](try Data(contentsOf: url))
    }
}
