import Foundation

/// Where and how the server listens.
public struct ServerConfiguration: Sendable {
    /// Interface to bind (default loopback only).
    public var host: String
    /// TCP port.
    public var port: Int
    /// Name in the OpenAPI document and the `Server` header.
    public var serverName: String

    /// A configuration; the default listens on 127.0.0.1:8080.
    public init(host: String = "127.0.0.1", port: Int = 8080, serverName: String = "ansim") {
        self.host = host
        self.port = port
        self.serverName = serverName
    }
}
