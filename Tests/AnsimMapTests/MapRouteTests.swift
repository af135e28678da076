import AnsimMap
import AnsimServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The map's routes: documented, public page without data, layers for analysts and admins only.
@Suite struct MapRouteTests {
    @Test func everyMapRouteIsDocumentedAndOnlyAnalystsAndAdminsReadLayers() async throws {
        let f = try MapFixture("map_routes")
        let doc = f.server.openAPI
        let mapRoutes = f.server.routes.filter { $0.path.hasPrefix("/map") }
        #expect(Set(mapRoutes.map(\.path)) == ["/map", "/map/map.js", "/map/runs", "/map/layers/{layer}"])
        try await f.server.application.test(.router) { c in
            let analyst = try await f.login(c, "ana")
            let admin = try await f.login(c, "adm")
            let worker = try await f.login(c, "wk")
            let dispatcher = try await f.login(c, "disp")
            for spec in mapRoutes {
                #expect(doc.contains("\n  \(spec.path):\n"), "\(spec.path) missing from the document")
                #expect(doc.contains("    get:\n      summary: \(spec.summary)\n"))
                let uri = spec.path.replacingOccurrences(of: "{layer}", with: "gu")
                if spec.roles == nil {
                    #expect(try await f.get(c, uri, token: nil).status == .ok, "\(uri) is public")
                    continue
                }
                #expect(doc.contains("x-ansim-roles: [admin, analyst]"))
                #expect(try await f.get(c, uri, token: nil).status == .unauthorized, "\(uri) anonymous")
                #expect(try await f.get(c, uri, token: worker).status == .forbidden, "\(uri) hotline worker")
                let denied = try await f.get(c, uri, token: dispatcher)
                #expect(denied.status == .forbidden, "\(uri) dispatcher")
                #expect(denied.text.contains("role dispatcher may not"), "\(denied.text)")
                #expect(try await f.get(c, uri, token: analyst).status == .ok, "\(uri) analyst")
                #expect(try await f.get(c, uri, token: admin).status == .ok, "\(uri) admin")
            }
            let missing = try await f.get(c, "/map/layers/people", token: analyst)
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("no map layer people"))
        }
    }

    @Test func thePageLoadsNothingFromElsewhereAndLogsInItself() async throws {
        let f = try MapFixture("map_page")
        try await f.server.application.test(.router) { c in
            let page = try await c.execute(uri: "/map", method: .get) { $0 }
            let html = String(buffer: page.body)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'self'") == true)
            #expect(html.contains(#"<script src="/map/map.js"></script>"#))
            #expect(html.contains(#"<form id="login""#))
            for layer in MapLayer.allCases {
                #expect(html.contains(#"data-layer="\#(layer.rawValue)""#))
            }
            let script = try await c.execute(uri: "/map/map.js", method: .get) { String(buffer: $0.body) }
            #expect(script.contains("'/auth/login'"))
            #expect(script.contains("'Authorization': 'Bearer '"))
            for text in [html, script] {
                #expect(!text.contains("http://") && !text.contains("https://"), "no address outside the server")
            }
        }
    }

    @Test func badParametersAreRefusedWithAReason() async throws {
        let f = try MapFixture("map_params")
        try await f.server.application.test(.router) { c in
            let token = try await f.login(c, "ana")
            for (query, message) in [
                ("from=2023-02-30", "from must be a day"), ("from=2023-04-09&to=2023-04-03", "is after to"),
                ("bbox=1,2,3", "bbox must be"), ("cell=10", "cell must be between 50"),
                ("limit=0", "limit must be"), ("colour=red", "unknown parameter colour"),
                ("run=abc", "run must be"),
            ] {
                let r = try await f.get(c, "/map/layers/incidents?" + query, token: token)
                #expect(r.status == .badRequest, "\(query)")
                #expect(r.text.contains(message), "\(query): \(r.text)")
            }
            let wrongKind = try await f.get(c, "/map/layers/hotspots?run=\(f.runs.forecast)", token: token)
            #expect(wrongKind.status == .notFound)
            #expect(wrongKind.text.contains("no hotspot run \(f.runs.forecast)"))
        }
    }
}
