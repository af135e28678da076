import AnsimServer
import AnsimSupport
import AnsimTestSupport
import Foundation
import Logging
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A client that opens a connection and dribbles half a request (slowloris) is cut off
/// after the idle time-out instead of holding the connection for ever (the attack pass of
/// docs/RELIABILITY.md found connections were never closed).
@Suite struct SlowClientTests {
    @Test func aHalfSentRequestIsCutOffAfterTheIdleTimeout() async throws {
        let fixture = try ServerFixture("slow_client")
        let port = 21_000 + Int(getpid() % 20_000)
        var quiet = Logger(label: "ansim.test.slow")
        quiet.logLevel = .error
        let server = ServerApplication(
            configuration: .init(host: "127.0.0.1", port: port, idleTimeoutSeconds: 1),
            context: fixture.context,
            modules: [], logger: quiet)
        let task = Task { try await server.application.runService() }
        defer { task.cancel() }
        var up = false
        for _ in 0..<100 where !up {
            try await Task.sleep(nanoseconds: 100_000_000)
            up =
                (try? Subprocess.run("/usr/bin/curl", ["-sf", "http://127.0.0.1:\(port)/health"]))?.status
                == 0
        }
        try #require(up, "the server did not start")
        let outcome = try await OwnThread.run {
            try Self.sendHalfARequestAndRead(port: port, giveUpAfterSeconds: 20)
        }
        #expect(outcome == .closedByServer, "a half-sent request held the connection: \(outcome)")
    }

    enum Outcome: Equatable { case closedByServer, stillOpen, answered(Int) }

    /// Connects, sends the first half of a request line, then waits (bounded) for the
    /// server to close the connection.
    static func sendHalfARequestAndRead(port: Int, giveUpAfterSeconds: Int) throws -> Outcome {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var wait = timeval(tv_sec: giveUpAfterSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw AnsimError("cannot connect to 127.0.0.1:\(port)") }
        let half = "GET /health HTTP/1.1\r\nHo"
        _ = half.withCString { write(fd, $0, strlen($0)) }
        var buffer = [UInt8](repeating: 0, count: 1024)
        let n = read(fd, &buffer, buffer.count)
        if n == 0 { return .closedByServer }
        if n < 0 { return errno == EAGAIN || errno == EWOULDBLOCK ? .stillOpen : .closedByServer }
        return .answered(n)
    }
}
