import AnsimServer
import AnsimSupport
import AnsimTestSupport
import Foundation
import Hummingbird
import Logging
import Testing

/// `ansim serve --tls-cert --tls-key`: the server speaks HTTPS with the given PEM files
/// (checked with curl against the certificate as the only trusted root), refuses plain
/// HTTP on that port, and names the file when a certificate or key is wrong.
@Suite struct ServerTLSTests {
    /// A self-signed certificate for 127.0.0.1 made with the openssl command, and a
    /// second key that does not belong to it.
    static func makeCertificate() throws -> (folder: String, cert: String, key: String, otherKey: String) {
        let folder = NSTemporaryDirectory() + "ansim-tls-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let (cert, key, other) = (folder + "/cert.pem", folder + "/key.pem", folder + "/other.pem")
        let made = try Subprocess.run(
            "/usr/bin/openssl",
            [
                "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-days", "2",
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out",
                cert,
            ])
        try #require(made.status == 0, "openssl req: \(made.error)")
        let otherKey = try Subprocess.run(
            "/usr/bin/openssl",
            ["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-out", other])
        try #require(otherKey.status == 0, "openssl genpkey: \(otherKey.error)")
        return (folder, cert, key, other)
    }

    @Test func servesHTTPSWithTheGivenCertificateOnly() async throws {
        let files = try Self.makeCertificate()
        defer { try? FileManager.default.removeItem(atPath: files.folder) }
        let fixture = try ServerFixture("tls")
        let tls = try ServerTLS(certificateFile: files.cert, keyFile: files.key)
        let port = 20_000 + Int(getpid() % 20_000)
        var quiet = Logger(label: "ansim.test.tls")
        quiet.logLevel = .error
        let server = ServerApplication(
            configuration: .init(host: "127.0.0.1", port: port, tls: tls), context: fixture.context,
            modules: [],
            logger: quiet)
        let task = Task { try await server.application.runService() }
        defer { task.cancel() }
        var answer: Subprocess.Result?
        for _ in 0..<50 where answer?.status != 0 {
            try await Task.sleep(nanoseconds: 100_000_000)
            answer = try await OwnThread.run {
                try Subprocess.run(
                    "/usr/bin/curl",
                    [
                        "-s", "--max-time", "30", "--cacert", files.cert, "-w",
                        " %{http_code} %{ssl_verify_result}", "https://127.0.0.1:\(port)/health",
                    ])
            }
        }
        let reply = try #require(answer)
        #expect(reply.status == 0, "curl: \(reply.status) \(reply.error)")
        #expect(reply.output.hasSuffix(" 200 0"), "\(reply.output)")
        let plain = try await OwnThread.run {
            try Subprocess.run(
                "/usr/bin/curl",
                [
                    "-s", "--max-time", "30", "-o", "/dev/null", "-w", "%{http_code}",
                    "http://127.0.0.1:\(port)/health",
                ])
        }
        #expect(plain.output != "200", "plain HTTP was answered on the TLS port")
        let old = try await OwnThread.run {
            try Subprocess.run(
                "/usr/bin/curl",
                [
                    "-s", "--max-time", "30", "--cacert", files.cert, "--tls-max", "1.1", "-o", "/dev/null",
                    "https://127.0.0.1:\(port)/health",
                ])
        }
        #expect(old.status != 0, "TLS 1.1 was accepted")
    }

    @Test func wrongFilesAreNamed() throws {
        let files = try Self.makeCertificate()
        defer { try? FileManager.default.removeItem(atPath: files.folder) }
        let missing = files.folder + "/none.pem"
        #expect(throws: AnsimError.self) { try ServerTLS(certificateFile: missing, keyFile: files.key) }
        do {
            _ = try ServerTLS(certificateFile: missing, keyFile: files.key)
        } catch {
            #expect("\(error)".contains(missing) && "\(error)".contains("no such file"), "\(error)")
        }
        do {
            _ = try ServerTLS(certificateFile: files.cert, keyFile: files.otherKey)
            Issue.record("a key of another certificate was accepted")
        } catch {
            #expect("\(error)".contains("does not fit the certificate"), "\(error)")
        }
        do {
            _ = try ServerTLS(certificateFile: files.key, keyFile: files.key)
            Issue.record("a key file was accepted as a certificate")
        } catch {
            #expect("\(error)".contains(files.key), "\(error)")
        }
    }
}
