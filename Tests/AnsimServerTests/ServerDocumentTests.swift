import AnsimServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The OpenAPI document lists exactly the routes served; metrics are exposed.
@Suite struct ServerDocumentTests {
    @Test func theDocumentListsEveryRouteAndEveryRouteAnswers() async throws {
        let f = try ServerFixture("server_doc")
        let doc = f.server.openAPI
        #expect(doc.hasPrefix("openapi: 3.1.0\n"))
        try await f.server.application.test(.router) { c in
            let served = try await c.execute(uri: "/openapi.yaml", method: .get) { String(buffer: $0.body) }
            #expect(served == doc)
            for spec in f.server.routes {
                #expect(doc.contains("\n  \(spec.path):\n"), "\(spec.path) missing from the document")
                #expect(
                    doc.contains(
                        "    \(spec.method.rawValue.lowercased()):\n      summary: \(spec.summary)\n"))
                let uri = spec.path.replacingOccurrences(of: "{id}", with: "1")
                let status = try await c.execute(uri: uri, method: spec.method) { $0.status }
                // Protected routes refuse an anonymous caller; none is unknown to the router.
                #expect(status != .notFound, "\(spec.method) \(uri) is documented but not routed")
                if spec.roles != nil {
                    #expect(status == .unauthorized, "\(spec.method) \(uri) without a token")
                }
            }
            #expect(try await c.execute(uri: "/no/such/route", method: .get) { $0.status } == .notFound)
        }
    }

    /// Every status a route answers is documented (schemathesis' status_code_conformance
    /// found the log-in's 401 and 423 missing): the log-in documents them, and every route
    /// with a JSON body documents 413.
    @Test func theStatusesARouteAnswersAreDocumented() throws {
        let f = try ServerFixture("server_doc_statuses")
        let doc = f.server.openAPI
        let login = try #require(doc.components(separatedBy: "\n  /auth/login:\n").last?.components(separatedBy: "\n  /").first)
        for code in ["200", "400", "401", "413", "423"] {
            #expect(login.contains("        '\(code)':\n"), "POST /auth/login does not document \(code)")
        }
        for spec in f.server.routes where spec.requestSchema != nil {
            let section = try #require(doc.components(separatedBy: "\n  \(spec.path):\n").last)
            #expect(section.contains("        '413':\n"), "\(spec.path) does not document 413")
        }
    }

    @Test func metricsCountRequestsByRouteAndStatus() async throws {
        let f = try ServerFixture("server_metrics")
        try await f.server.application.test(.router) { c in
            _ = try await c.execute(uri: "/health", method: .get)
            _ = try await c.execute(uri: "/auth/me", method: .get)
            let text = try await c.execute(uri: "/metrics", method: .get) { String(buffer: $0.body) }
            #expect(text.contains(#"ansim_http_requests_total{method="GET",route="/health",status="200"} 1"#))
            #expect(
                text.contains(#"ansim_http_requests_total{method="GET",route="/auth/me",status="401"} 1"#))
            #expect(text.contains("ansim_http_request_duration_seconds_bucket"))
        }
    }

    @Test func adminsVerifyTheAuditChainOthersMayNot() async throws {
        let f = try ServerFixture("server_audit")
        try f.account("adm", .admin, "city-a")
        try f.account("ana", .analyst, "city-a")
        try await f.server.application.test(.router) { c in
            let admin = try await f.login(c, "adm")
            let analyst = try await f.login(c, "ana")
            let body = try await c.execute(uri: "/audit/verify", method: .get, headers: .bearer(admin)) {
                #expect($0.status == .ok)
                return String(buffer: $0.body)
            }
            #expect(body.contains(#""intact":true"#))
            #expect(
                try await c.execute(uri: "/audit/verify", method: .get, headers: .bearer(analyst)).status
                    == .forbidden)
        }
    }
}
