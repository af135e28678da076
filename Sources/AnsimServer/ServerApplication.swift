import AnsimSupport
import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import ServiceLifecycle
import Synchronization

/// Ansim's HTTP server, assembled from the core routes and the modules given.
///
/// ```swift
/// let server = ServerApplication(configuration: .init(port: 8080), context: ctx, modules: [HotlineModule()])
/// try await server.run()          // until SIGTERM/SIGINT, then a graceful shutdown
/// ```
/// Tests call `server.application.test(.router) { client in … }` in process.
public struct ServerApplication: Sendable {
    /// The Hummingbird application.
    public let application: Application<RouterResponder<ServerRequestContext>>
    /// The OpenAPI document the server serves at /openapi.yaml.
    public let openAPI: String
    /// The routes, as documented.
    public let routes: [RouteSpec]
    /// Services to run beside the HTTP server.
    public let services: [any Service]

    /// Builds the server.
    public init(
        configuration: ServerConfiguration, context: ServerContext, modules: [any ServerModule],
        logger: Logger = Logger(label: "ansim.server")
    ) {
        let router = Router(context: ServerRequestContext.self)
        router.add(middleware: RequestLogMiddleware(metrics: context.metrics))
        router.add(middleware: ErrorMappingMiddleware())
        router.add(middleware: AuthMiddleware(auth: context.auth))
        let registry = RouteRegistry(router: router)
        CoreRoutes().register(on: registry, server: context)
        for module in modules { module.register(on: registry, server: context) }
        let document = Mutex("")
        registry.add(
            RouteSpec(
                .get, "/openapi.yaml", summary: "This API's OpenAPI document", tag: "server", roles: nil)
        ) { _, _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/yaml"],
                body: .init(byteBuffer: ByteBuffer(string: document.withLock { $0 })))
        }
        let yaml = OpenAPIDocument.yaml(registry, version: AnsimVersion.current)
        document.withLock { $0 = yaml }
        openAPI = yaml
        routes = registry.specs
        services = modules.flatMap { $0.services(server: context) }
        let http1 = HTTP1Channel.Configuration(idleTimeout: .seconds(Int64(configuration.idleTimeoutSeconds)))
        application = Application(
            router: router, server: configuration.tls?.serverBuilder(http1) ?? .http1(configuration: http1),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: configuration.serverName),
            logger: logger)
    }

    /// Runs the server and the modules' services until SIGTERM or SIGINT.
    public func run(logger: Logger = Logger(label: "ansim.server")) async throws {
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: application)] + services.map { .init(service: $0) },
                gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
