import AnsimLinksStore
import Testing

/// The target links and its namespace is reachable; replaced by real tests.
@Suite struct AnsimLinksStoreLinkageTests {
    @Test func namespaceExists() { #expect(String(describing: LinksStore.self).isEmpty == false) }
}
