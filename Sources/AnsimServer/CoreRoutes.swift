import AnsimSupport
import Foundation
import Hummingbird

/// The server's own routes: health, metrics, the OpenAPI document, log-in and log-out,
/// and the audit check for admins.
struct CoreRoutes: ServerModule {
    struct LoginRequest: Decodable {
        var username: String
        var password: String
        var totp: String?
    }

    struct Me: Encodable {
        var username: String
        var role: AppRole
        var orgID: Int64
        enum CodingKeys: String, CodingKey {
            case username, role
            case orgID = "org_id"
        }
    }

    func register(on r: RouteRegistry, server: ServerContext) {
        r.schema(
            "LoginRequest",
            """
            type: object
            required: [username, password]
            properties:
              username: {type: string}
              password: {type: string}
              totp: {type: string, description: 6-digit TOTP code (hotline roles)}
            """)
        r.schema(
            "Session",
            """
            type: object
            properties:
              token: {type: string}
              role: {type: string}
              org_id: {type: integer}
              idle_timeout_seconds: {type: integer}
            """)
        r.schema(
            "Me",
            "type: object\nproperties:\n  username: {type: string}\n  role: {type: string}\n  org_id: {type: integer}"
        )
        r.schema(
            "AuditReport",
            """
            type: object
            properties:
              records: {type: integer}
              intact: {type: boolean}
              problem: {type: string}
              head_seq: {type: integer}
              head_hash: {type: string}
            """)
        r.add(RouteSpec(.get, "/health", summary: "Report that the server is up", tag: "server", roles: nil))
        { _, _, _ in
            Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
        r.add(RouteSpec(.get, "/metrics", summary: "Prometheus metrics", tag: "server", roles: nil)) {
            _, _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                body: .init(byteBuffer: ByteBuffer(string: server.metrics.exposition())))
        }
        r.add(
            RouteSpec(
                .post, "/auth/login", summary: "Log in", tag: "auth", roles: nil, request: "LoginRequest",
                response: "Session"
            ).documenting(401, 423)
        ) {
            request, context, _ in
            let body = try await JSONBody.decode(LoginRequest.self, from: request)
            let session = try await server.auth.login(
                username: body.username, password: body.password, totp: body.totp,
                client: context.clientAddress)
            return try JSONBody.response(session)
        }
        r.add(RouteSpec(.post, "/auth/logout", summary: "Log out", tag: "auth", roles: Set(AppRole.allCases)))
        {
            _, context, principal in
            try await server.auth.logout(principal!, client: context.clientAddress)
            return Response(status: .noContent)
        }
        r.add(
            RouteSpec(
                .get, "/auth/me", summary: "Show who is logged in", tag: "auth", roles: Set(AppRole.allCases),
                response: "Me")
        ) {
            _, _, p in try JSONBody.response(Me(username: p!.username, role: p!.role, orgID: p!.orgID))
        }
        r.add(
            RouteSpec(
                .get, "/audit/verify", summary: "Verify the audit chain", tag: "audit", roles: [.admin],
                response: "AuditReport")
        ) {
            _, context, p in
            let report = try await server.database.withScope(
                p!, client: context.clientAddress, purpose: "verify the audit chain"
            ) {
                try AuditVerifier.verify($0)
            }
            return try JSONBody.response(report)
        }
    }
}
