import AnsimMedia
import Testing

/// The target links and its namespace is reachable; replaced by real tests.
@Suite struct AnsimMediaLinkageTests {
    @Test func namespaceExists() { #expect(Media.decoderVersions.contains("libpng 1.6")) }
}
