import ServiceLifecycle

/// A feature that adds routes to the server (the hotline; later the incident lookup).
public protocol ServerModule: Sendable {
    /// Registers the module's routes and schemas.
    func register(on registry: RouteRegistry, server: ServerContext)
    /// Long-running services the module needs (monitors, schedulers); default none.
    func services(server: ServerContext) -> [any Service]
}

extension ServerModule {
    public func services(server: ServerContext) -> [any Service] { [] }
}

/// What modules get from the server.
public struct ServerContext: Sendable {
    /// Per-request database scopes.
    public let database: APIDatabase
    /// Authentication.
    public let auth: AuthService
    /// Field-level encryption.
    public let cipher: FieldCipher
    /// Prometheus metrics.
    public let metrics: ServerMetrics
    /// The clock.
    public let clock: ServerClock

    /// A server context.
    public init(
        database: APIDatabase, auth: AuthService, cipher: FieldCipher, metrics: ServerMetrics,
        clock: ServerClock
    ) {
        self.database = database
        self.auth = auth
        self.cipher = cipher
        self.metrics = metrics
        self.clock = clock
    }
}
