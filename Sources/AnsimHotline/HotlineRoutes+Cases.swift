import AnsimServer
import AnsimStore
import Foundation
import Hummingbird

extension HotlineRoutes {
    func registerCases(on r: RouteRegistry) {
        let store = self.store
        let server = self.server
        let caseRoles = AppRole.caseRoles
        r.add(
            RouteSpec(
                .post, "/hotline/cases", summary: "Open a case", tag: "hotline", roles: caseRoles,
                request: "OpenCase", response: "Case"
            ).documenting(201)
        ) { request, context, p in
            let body = try await JSONBody.decode(HotlineRequest.OpenCase.self, from: request)
            let view = try await server.database.withScope(
                p!, client: context.clientAddress, purpose: "open a case"
            ) { c in
                try store.show(try store.openCase(body, on: c), purpose: "open a case", on: c)
            }
            return try JSONBody.response(view, status: .created)
        }
        r.add(
            RouteSpec(
                .get, "/hotline/cases/{id}", summary: "Show a case", tag: "hotline", roles: caseRoles,
                response: "Case", query: [("purpose", "why the case is read (audited)")])
        ) { request, context, p in
            let id = try Self.caseID(context)
            let purpose = request.uri.queryParameters.get("purpose") ?? "case work"
            let view = try await server.database.withScope(
                p!, client: context.clientAddress, purpose: purpose
            ) {
                try store.show(id, purpose: purpose, on: $0)
            }
            guard let view else { throw Self.notFound(id) }
            return try JSONBody.response(view)
        }
        r.add(
            RouteSpec(
                .post, "/hotline/cases/{id}/assign", summary: "Assign a case", tag: "hotline",
                roles: [.supervisor], request: "Assign", response: "Case")
        ) { request, context, p in
            let id = try Self.caseID(context)
            let body = try await JSONBody.decode(HotlineRequest.Assign.self, from: request)
            return try await changeAndShow(p!, context, id, purpose: "assign a case") {
                try store.assign(id, body, on: $0)
            }
        }
        r.add(
            RouteSpec(
                .post, "/hotline/cases/{id}/close", summary: "Close a case", tag: "hotline", roles: caseRoles,
                request: "Close", response: "Case")
        ) { request, context, p in
            let id = try Self.caseID(context)
            let body = try await JSONBody.decode(HotlineRequest.Close.self, from: request)
            let now = server.clock.now()
            return try await changeAndShow(p!, context, id, purpose: "close a case") {
                try store.close(id, monitorMonths: body.monitorMonths ?? 6, now: now, on: $0)
            }
        }
        r.add(
            RouteSpec(
                .post, "/hotline/cases/{id}/risk", summary: "Change the risk level", tag: "hotline",
                roles: caseRoles, request: "Risk", response: "Case")
        ) { request, context, p in
            let id = try Self.caseID(context)
            let body = try await JSONBody.decode(HotlineRequest.Risk.self, from: request)
            return try await changeAndShow(p!, context, id, purpose: "change the risk level") {
                try store.setRisk(id, body, on: $0)
            }
        }
    }
}
