import AnsimGrooming
import Testing

/// The target links and its namespace is reachable; replaced by real tests.
@Suite struct AnsimGroomingLinkageTests {
    @Test func namespaceExists() { #expect(String(describing: Grooming.self).isEmpty == false) }
}
