import AnsimGroomingService
import AnsimHotline
import AnsimLinksServer
import AnsimLookupServer
import AnsimLookupStore
import AnsimMap
import AnsimMediaService
import AnsimServer
import AnsimStore
import ArgumentParser
import Foundation
import Logging

/// `ansim serve`: the HTTP API.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the HTTP API (OpenAPI at /openapi.yaml) until SIGTERM or SIGINT.",
        discussion: """
            Serves the log-in, audit and hotline routes (see docs/SERVER.md and docs/HOTLINE.md), \
            the map page /map for analysts and admins (docs/REPORTS.md), \
            /metrics for Prometheus and /health. Each request runs in one database transaction \
            as the requester's least-privilege role (SET LOCAL ROLE), under row-level security.

            ENVIRONMENT

              ANSIM_FIELD_KEYS / ANSIM_FIELD_KEY_FILE   field encryption keys (required)
              ANSIM_SESSION_SECRET(_FILE)  session-token signing secret (default: random per start)
              ANSIM_API_DATABASE_URL       a login of the ansim_api role (default: as other commands)

            TLS

            Listens on 127.0.0.1 with plain HTTP by default. With --tls-cert and --tls-key \
            (PEM) it speaks HTTPS only (TLS 1.2 or 1.3, BoringSSL's default suites); use \
            that, or a TLS-terminating proxy, on any other interface.
            """)

    @Option(help: "Interface to listen on.") var host = "127.0.0.1"
    @Option(help: "TCP port.") var port = 8080
    @Option(help: "Serve HTTPS with this PEM certificate chain (with --tls-key).") var tlsCert: String?
    @Option(help: "The PEM private key of --tls-cert.") var tlsKey: String?
    @Option(help: "Road graph of the lookup's escape routes (default: the newest).") var graph: String?
    @Option(
        help: ArgumentHelp(
            "Serve one agency: the lookup engine holds only its partitions (CCTV, past incidents and calls, boxes and units) and the geofence watches only its cases.",
            discussion: "On a sharded coordinator only that agency's shard is read (docs/SCALE.md)."))
    var agency: String?
    @Option(help: "Append geofence alerts as JSON lines to this file.") var alertsFile: String?
    @Option(help: "POST geofence alerts to this URL (signed with ANSIM_WEBHOOK_SECRET when set).")
    var webhook: String?
    @Option(
        help: ArgumentHelp(
            "Close a connection that sends nothing for this many seconds while no answer is being written.",
            discussion:
                "A slow or stalled client cannot hold a connection open; streamed answers are not cut."))
    var idleTimeout = 30
    @Flag(help: "Print the OpenAPI document and exit.") var printOpenapi = false

    func run() async throws {
        let env = ProcessInfo.processInfo.environment
        guard idleTimeout > 0 else { throw ValidationError("--idle-timeout must be positive") }
        guard (tlsCert == nil) == (tlsKey == nil) else {
            throw ValidationError("give --tls-cert and --tls-key together")
        }
        let tls = try tlsCert.map { try ServerTLS(certificateFile: $0, keyFile: tlsKey!) }
        _ = try Database.connect()  // starts and migrates the embedded cluster when needed
        let cipher = try FieldKeyring.load(environment: env)
        let database = APIDatabase(settings: try APIDatabase.settings(environment: env))
        let clock = ServerClock.system
        let auth = AuthService(
            database: database, signer: try SessionSigner.fromEnvironment(env), cipher: cipher, clock: clock)
        let context = ServerContext(
            database: database, auth: auth, cipher: cipher, metrics: ServerMetrics(), clock: clock)
        var notifiers: [any AlertNotifier] = []
        if let alertsFile { notifiers.append(FileNotifier(path: alertsFile)) }
        if let webhook {
            guard let url = URL(string: webhook) else { throw ValidationError("--webhook is not a URL") }
            notifiers.append(
                WebhookNotifier(url: url, secret: env["ANSIM_WEBHOOK_SECRET"].map { Array($0.utf8) }))
        }
        let logger = Logger(label: "ansim.server")
        let monitor = GeofenceMonitor(
            database: database, notifier: MultiNotifier(notifiers), clock: clock, metrics: context.metrics,
            agency: agency)
        let lookup = try LookupStore(
            settings: try APIDatabase.settings(environment: env), graph: graph, agency: agency)
        if !printOpenapi {
            try lookup.load()
            try lookup.addressGeocoder()  // read now, not at the first address
            logger.info("lookup indexes loaded", metadata: lookup.engine.summary.mapValues { "\($0)" })
        }
        let server = ServerApplication(
            configuration: .init(host: host, port: port, tls: tls, idleTimeoutSeconds: idleTimeout),
            context: context,
            modules: [
                HotlineModule(monitor: monitor), MapModule(), LookupModule(store: lookup), LinksModule(),
                MediaModule(), GroomingModule(),
            ],
            logger: logger)
        if printOpenapi {
            print(server.openAPI, terminator: "")
            return
        }
        logger.info(
            "ansim serve",
            metadata: [
                "address": "\(tls == nil ? "http" : "https")://\(host):\(port)",
                "routes": "\(server.routes.count)",
            ])
        try await server.run(logger: logger)
        database.pool.close()
    }
}
