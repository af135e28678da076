import Foundation
import Testing

@testable import AnsimServer

/// Session tokens: signed, checked, and base64url-encoded as RFC 4648 §5 says.
@Suite struct SessionSignerTests {
    @Test func base64urlIsFoundationsBase64WithTheURLAlphabetAndNoPadding() {
        var generator = SystemRandomNumberGenerator()
        for count in 0...70 {
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let reference = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
            #expect(SessionSigner.base64url(bytes) == reference, "\(count) bytes")
        }
        // RFC 4648 §10 test vectors (padding dropped).
        #expect(SessionSigner.base64url(Array("foobar".utf8)) == "Zm9vYmFy")
        #expect(SessionSigner.base64url(Array("fooba".utf8)) == "Zm9vYmE")
        #expect(SessionSigner.base64url([0xFB, 0xFF]) == "-_8")
    }

    @Test func aTokenNamesItsSessionAndAnAlteredOneIsRefused() {
        let signer = SessionSigner(secret: Array(repeating: 7, count: 32))
        let id = UUID()
        let token = signer.token(for: id)
        #expect(signer.sessionID(in: token) == id)
        #expect(SessionSigner(secret: Array(repeating: 8, count: 32)).sessionID(in: token) == nil)
        var tampered = Array(token.utf8)
        tampered[tampered.count - 2] =
            tampered[tampered.count - 2] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        #expect(signer.sessionID(in: String(decoding: tampered, as: UTF8.self)) == nil)
        #expect(signer.sessionID(in: "ans1.\(id.uuidString.lowercased())") == nil)
        // HMAC-SHA256 is 32 bytes: 43 base64url characters.
        #expect(token.split(separator: ".").last?.count == 43)
    }
}
