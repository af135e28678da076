import AnsimSupport
import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import NIOSSL

/// The server's TLS settings: a certificate chain and its private key (PEM files),
/// TLS 1.2 as the oldest version offered, swift-nio-ssl's (BoringSSL's) default
/// cipher suites, no client certificates.
public struct ServerTLS: Sendable {
    /// The configuration handed to swift-nio-ssl.
    public let configuration: TLSConfiguration
    /// The certificate chain's file, for the log.
    public let certificateFile: String

    /// Reads the PEM files.
    ///
    /// - Throws: ``AnsimError`` naming the file and what is wrong with it.
    public init(certificateFile: String, keyFile: String) throws {
        for file in [certificateFile, keyFile] where !FileManager.default.isReadableFile(atPath: file) {
            let what = file == certificateFile ? "certificate chain" : "private key"
            let why = FileManager.default.fileExists(atPath: file) ? "not readable" : "no such file"
            throw AnsimError("cannot read the TLS \(what) \(file): \(why)")
        }
        let chain: [NIOSSLCertificate]
        do {
            chain = try NIOSSLCertificate.fromPEMFile(certificateFile)
        } catch {
            throw AnsimError(
                "cannot read the TLS certificate chain \(certificateFile): \(Self.reason(error))")
        }
        guard !chain.isEmpty else {
            throw AnsimError("the TLS certificate file \(certificateFile) holds no PEM certificate")
        }
        let key: NIOSSLPrivateKey
        do {
            key = try NIOSSLPrivateKey(file: keyFile, format: .pem)
        } catch {
            throw AnsimError("cannot read the TLS private key \(keyFile): \(Self.reason(error))")
        }
        var c = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
        c.minimumTLSVersion = .tlsv12
        // The key must belong to the certificate: fail now, not at the first client.
        do {
            _ = try NIOSSLContext(configuration: c)
        } catch {
            throw AnsimError(
                "the TLS key \(keyFile) does not fit the certificate \(certificateFile): \(Self.reason(error))"
            )
        }
        configuration = c
        self.certificateFile = certificateFile
    }

    /// The HTTP/1.1 server with `http1`'s settings, wrapped in TLS.
    func serverBuilder(_ http1: HTTP1Channel.Configuration) -> HTTPServerBuilder {
        let tls = configuration
        return HTTPServerBuilder { responder in
            try TLSChannel(HTTP1Channel(responder: responder, configuration: http1), tlsConfiguration: tls)
        }
    }

    /// swift-nio-ssl's description of the error.
    static func reason(_ error: any Error) -> String { String(describing: error) }
}
