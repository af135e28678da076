import Foundation
import Testing

@testable import AnsimStore

#if canImport(Glibc)
    import Glibc
#endif

/// A command issued while PostgreSQL replays its WAL after a crash waits for it instead of
/// failing: the refusal (SQLSTATE 57P03) is retried, other errors are not.
@Suite struct RecoveryWaitTests {
    /// A Unix-socket "server" that answers every connection with PostgreSQL's refusal
    /// during crash recovery, and counts the attempts.
    final class RecoveringServer: @unchecked Sendable {
        let folder: String
        let fd: Int32
        private let lock = NSLock()
        private var count = 0
        var attempts: Int {
            lock.lock()
            defer { lock.unlock() }
            return count
        }

        init() throws {
            folder = NSTemporaryDirectory() + "ansim-recovery-\(UInt32.random(in: 0...UInt32.max))"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            let path = Array((folder + "/.s.PGSQL.5999").utf8CString)
            withUnsafeMutableBytes(of: &address.sun_path) { raw in
                for (i, b) in path.enumerated() where i < raw.count { raw[i] = UInt8(bitPattern: b) }
            }
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
            guard bound == 0, listen(fd, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
            Thread.detachNewThread { [self] in serve() }
        }

        private func serve() {
            while true {
                let client = accept(fd, nil, nil)
                guard client >= 0 else { return }
                lock.lock()
                count += 1
                lock.unlock()
                var buffer = [UInt8](repeating: 0, count: 1024)
                _ = read(client, &buffer, buffer.count)  // the startup packet
                var fields: [UInt8] = []
                for (code, value) in [
                    ("S", "FATAL"), ("V", "FATAL"), ("C", "57P03"),
                    ("M", "the database system is in recovery mode"),
                ] {
                    fields += Array(code.utf8) + Array(value.utf8) + [0]
                }
                fields.append(0)
                let length = UInt32(fields.count + 4).bigEndian
                let message = [UInt8(ascii: "E")] + withUnsafeBytes(of: length) { Array($0) } + fields
                _ = message.withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
                close(client)
            }
        }

        deinit {
            shutdown(fd, Int32(SHUT_RDWR))
            close(fd)
        }
    }

    @Test func aServerInCrashRecoveryIsWaitedForUpToThePatience() throws {
        let server = try RecoveringServer()
        let settings = ConnectionSettings.url(
            "postgresql://ansim@/ansim?host=\(server.folder.replacingOccurrences(of: "/", with: "%2F"))&port=5999"
        )
        let started = Date()
        let error = #expect(throws: StoreError.self) {
            try Database.connectWaitingForRecovery(settings, patience: 1.5)
        }
        #expect(Date().timeIntervalSince(started) >= 1.5)
        #expect(server.attempts >= 3, "retried while the server recovered")
        #expect(error.map { Database.isNotYetAccepting($0) } == true, "\(String(describing: error))")
    }

    @Test func otherConnectionErrorsAreNotRetried() throws {
        let started = Date()
        #expect(throws: StoreError.self) {
            try Database.connectWaitingForRecovery(
                .url("postgresql://ansim@127.0.0.1:1/ansim?connect_timeout=3"), patience: 30)
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }
}
