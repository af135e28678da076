import AnsimSupport
import Foundation
import Hummingbird

/// Routes and their documentation, registered together so that the OpenAPI document
/// always lists exactly the routes the server answers.
///
/// A module (the hotline, later the incident lookup) calls ``add(_:_:)`` for each route;
/// the registry enforces the route's roles before the handler runs (the database
/// enforces them again through the role the request runs as).
public final class RouteRegistry {
    /// The router routes are added to.
    public let router: Router<ServerRequestContext>
    /// The routes, in registration order.
    public private(set) var specs: [RouteSpec] = []
    /// JSON Schemas of request and response bodies, by name (YAML text, indented by 0).
    public private(set) var schemas: [String: String] = [:]

    /// A registry adding to `router`.
    public init(router: Router<ServerRequestContext>) { self.router = router }

    /// Handler of a route: the request, its context and the principal (nil for public routes).
    public typealias Handler = @Sendable (Request, ServerRequestContext, Principal?) async throws -> Response

    /// Registers a route.
    public func add(_ spec: RouteSpec, _ handler: @escaping Handler) {
        specs.append(spec)
        let roles = spec.roles
        let summary = spec.summary
        router.on(RouterPath(spec.routerPath), method: spec.method) { request, context -> Response in
            guard let roles else { return try await handler(request, context, nil) }
            let principal = try context.requirePrincipal()
            guard roles.contains(principal.role) else {
                throw HTTPError(
                    .forbidden, message: "role \(principal.role.rawValue) may not \(summary.lowercased())")
            }
            return try await handler(request, context, principal)
        }
    }

    /// Adds a named schema (JSON Schema as YAML) for the document.
    public func schema(_ name: String, _ yaml: String) {
        schemas[name] = yaml
    }
}
