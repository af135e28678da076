import Hummingbird
import NIOCore

/// The request context of Ansim's server: the core context, the peer's address and,
/// once ``AuthMiddleware`` has run, the authenticated ``Principal``.
public struct ServerRequestContext: RequestContext, RemoteAddressRequestContext {
    /// Hummingbird's storage.
    public var coreContext: CoreRequestContextStorage
    /// The connected peer (nil in in-process tests).
    public let remoteAddress: SocketAddress?
    /// Who is asking; nil until authenticated.
    public var principal: Principal?

    /// Creates the context for one request.
    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
        self.principal = nil
    }

    /// The peer's address for the audit trail ("local" when unknown).
    public var clientAddress: String {
        remoteAddress?.ipAddress ?? "local"
    }

    /// The principal, or 401 when the request is not authenticated.
    public func requirePrincipal() throws -> Principal {
        guard let principal else {
            throw HTTPError(
                .unauthorized, message: "authentication required: send Authorization: Bearer <token>")
        }
        return principal
    }
}
