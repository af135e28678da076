import Foundation

/// Where and how the server listens.
public struct ServerConfiguration: Sendable {
    /// Interface to bind (default loopback only).
    public var host: String
    /// TCP port.
    public var port: Int
    /// Name in the OpenAPI document and the `Server` header.
    public var serverName: String
    /// HTTPS instead of HTTP (TLS 1.2 or newer), when set.
    public var tls: ServerTLS?
    /// A connection that sends nothing for this long while no response is being written
    /// is closed: a client that dribbles a request (or opens a socket and waits) cannot
    /// hold a connection open for ever. A streamed answer (`text/event-stream`) is not
    /// cut while it lasts.
    public var idleTimeoutSeconds: Int

    /// A configuration; the default listens on 127.0.0.1:8080 without TLS and closes
    /// connections idle for 30 s.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, serverName: String = "ansim", tls: ServerTLS? = nil,
        idleTimeoutSeconds: Int = 30
    ) {
        self.host = host
        self.port = port
        self.serverName = serverName
        self.tls = tls
        self.idleTimeoutSeconds = idleTimeoutSeconds
    }

    /// `https` with TLS, else `http`.
    public var scheme: String { tls == nil ? "http" : "https" }
}
