import AnsimMedia
import AnsimSupport
import Foundation
import Testing

/// PDQ against Meta's C++ reference on the fixture images (scripts/fixtures/media.py).
@Suite struct PDQReferenceTests {
    @Test func fixturesAreThere() throws {
        #expect(try MediaFixture.all().count == 13)
    }

    @Test(arguments: try MediaFixture.all())
    func hashEqualsReference(_ fixture: MediaFixture) throws {
        let image = try ImageDecoder.decode(try MediaFixture.data(fixture.file))
        #expect(image.width == fixture.width && image.height == fixture.height)
        // The same decoded pixels as the reference saw (libjpeg-turbo here, Pillow's there).
        #expect(SHA256.hex(image.rgb) == fixture.rgbSHA256, "decoded pixels differ from the fixture's")
        let result = PDQHasher.hash(LumaImage(width: image.width, height: image.height, rgb: image.rgb))
        let expected = try #require(PDQHash(hex: fixture.hash))
        #expect(result.hash.distance(to: expected) == 0, "\(fixture.file): \(result.hash.hex) vs \(fixture.hash)")
        #expect(result.quality == fixture.quality)
    }

    @Test func hexRoundTripsAndOrdersBitsLikeTheReference() throws {
        var hash = PDQHash.zero
        hash.setBit(0)
        hash.setBit(255)
        #expect(hash.hex == "8" + String(repeating: "0", count: 62) + "1")
        #expect(PDQHash(hex: hash.hex.uppercased()) == hash)
        #expect(PDQHash(hex: "xyz") == nil)
        #expect(PDQHash(hex: String(repeating: "g", count: 64)) == nil)
    }

    @Test func dihedralHashesMatchHashingTheTransformedImage() throws {
        let image = try ImageDecoder.decode(try MediaFixture.data("scene0.png"))
        let luma = LumaImage(width: image.width, height: image.height, rgb: image.rgb)
        let variants = PDQHasher.dihedralHashes(luma).hashes
        #expect(variants[0] == PDQHasher.hash(luma).hash)
        // Rotating 180° by reversing the pixels gives (nearly) the rotate180 hash.
        let rotated = LumaImage(width: luma.width, height: luma.height, luma: luma.luma.reversed())
        #expect(PDQHasher.hash(rotated).hash.distance(to: variants[DihedralVariant.rotate180.rawValue]) <= 31)
        #expect(PDQHasher.hash(rotated).hash.distance(to: variants[0]) > 64)
    }
}
