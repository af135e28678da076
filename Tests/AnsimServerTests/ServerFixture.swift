import AnsimServerTestSupport

/// The server's own suites use the shared fixture as it is: no modules, accounts on demand.
typealias ServerFixture = ServerTestFixture
