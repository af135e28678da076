import Hummingbird

/// Reads `Authorization: Bearer <token>` and, when present, authenticates the request
/// (a bad or expired token is a 401 even on routes that need none). Routes check the
/// role themselves (``RouteRegistry``).
public struct AuthMiddleware: RouterMiddleware {
    public typealias Context = ServerRequestContext
    let auth: AuthService

    /// A middleware authenticating through `auth`.
    public init(auth: AuthService) { self.auth = auth }

    public func handle(
        _ request: Request, context: ServerRequestContext,
        next: (Request, ServerRequestContext) async throws -> Response
    ) async throws -> Response {
        guard let header = request.headers[.authorization] else { return try await next(request, context) }
        guard header.hasPrefix("Bearer ") else {
            throw HTTPError(.unauthorized, message: "the Authorization header must be `Bearer <token>`")
        }
        var context = context
        context.principal = try await auth.authenticate(
            token: String(header.dropFirst(7)), client: context.clientAddress)
        context.logger[metadataKey: "user"] = .string(context.principal!.username)
        context.logger[metadataKey: "role"] = .string(context.principal!.role.rawValue)
        return try await next(request, context)
    }
}
