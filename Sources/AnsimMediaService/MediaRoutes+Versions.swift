import AnsimServer
import Hummingbird

extension MediaRoutes {
    /// The prefix of the documented media routes, as grooming's (`/v1/…`).
    static let version = "/v1"

    /// Registers `spec` (written with its unversioned path, `/media/…`) at `/v1/media/…`,
    /// and at the old `/media/…` path as a deprecated alias that answers the same, marked
    /// `deprecated: true` in the OpenAPI document and with a
    /// `Link: </v1/…>; rel="successor-version"` header (RFC 5829) in its responses.
    static func add(_ r: RouteRegistry, _ spec: RouteSpec, _ handler: @escaping RouteRegistry.Handler) {
        var current = spec
        current.path = version + spec.path
        r.add(current, handler)
        var alias = spec
        alias.summary = spec.summary + " (deprecated alias of \(version)\(spec.path))"
        alias.deprecated = true
        let successor = "<\(version)\(spec.path)>; rel=\"successor-version\""
        r.add(alias) { request, context, principal in
            var response = try await handler(request, context, principal)
            response.headers[HTTPFields.Element.Name("Link")!] = successor
            return response
        }
    }
}
