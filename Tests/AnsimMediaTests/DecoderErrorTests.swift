import AnsimMedia
import Testing

/// Bad input is refused with an error that names the problem.
@Suite struct DecoderErrorTests {
    @Test func notAnImage() {
        #expect(throws: MediaError.unsupportedFormat("48656c6c6f2c2077")) {
            try Media.hash(imageData: Array("Hello, world".utf8))
        }
        #expect(throws: MediaError.unsupportedFormat("nothing: empty input")) { try Media.hash(imageData: []) }
    }

    @Test func truncatedJPEGIsRefused() throws {
        let jpeg = try MediaFixture.data("scene0.jpg")
        do {
            _ = try Media.hash(imageData: Array(jpeg.prefix(jpeg.count / 2)))
            Issue.record("a truncated JPEG was hashed")
        } catch {
            guard case .badJPEG(let message) = error else { Issue.record("wrong error \(error)"); return }
            #expect(message.contains("Premature end"))
            #expect(error.description.hasPrefix("bad JPEG"))
        }
    }

    @Test func truncatedPNGIsRefused() throws {
        let png = try MediaFixture.data("scene0.png")
        do {
            _ = try Media.hash(imageData: Array(png.prefix(png.count / 2)))
            Issue.record("a truncated PNG was hashed")
        } catch {
            guard case .badPNG = error else { Issue.record("wrong error \(error)"); return }
        }
    }

    @Test func badHex() {
        #expect(throws: MediaError.badHash("abc")) { try Media.parseHash("abc") }
        #expect(throws: MediaError.self) { try Media.parseHash(String(repeating: "z", count: 64)) }
        #expect(throws: Never.self) { try Media.parseHash(String(repeating: "0", count: 63) + "1\n") }
    }

    @Test func tooSmall() throws {
        let tiny = ImageDecoder.RGBImage(width: 4, height: 4, rgb: Array(repeating: 100, count: 48))
        #expect(throws: MediaError.tooSmall(width: 4, height: 4)) {
            try Media.hash(imageData: try ImageTransform.jpeg(tiny, quality: 90))
        }
    }
}
