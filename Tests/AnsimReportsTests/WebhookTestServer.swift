import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A one-thread HTTP server on 127.0.0.1 for webhook tests: answers each request with the
/// next status of `statuses` (then the last one) and keeps the bodies it received.
final class WebhookTestServer: Sendable {
    let port: Int
    private let socketFD: Int32
    private let state: Mutex<(statuses: [Int], bodies: [String])>

    init(statuses: [Int]) throws {
        state = Mutex((statuses, []))
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 8) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        socketFD = fd
        let thread = Thread { [self] in self.serve() }
        thread.start()
    }

    var url: String { "http://127.0.0.1:\(port)/hook" }
    var bodies: [String] { state.withLock { $0.bodies } }

    private func serve() {
        while true {
            let client = accept(socketFD, nil, nil)
            guard client >= 0 else { return }
            var data = [UInt8]()
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(client, &buffer, buffer.count)
                if n <= 0 { break }
                data += buffer[0..<n]
                let text = String(decoding: data, as: UTF8.self)
                if let end = text.range(of: "\r\n\r\n") {
                    let header = text[..<end.lowerBound].lowercased()
                    let length =
                        header.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                        .flatMap {
                            Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces))
                        } ?? 0
                    if text[end.upperBound...].utf8.count >= length { break }
                }
            }
            let text = String(decoding: data, as: UTF8.self)
            let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
            let status = state.withLock { s -> Int in
                s.bodies.append(body)
                return s.statuses.count > 1 ? s.statuses.removeFirst() : (s.statuses.first ?? 200)
            }
            let reply = "HTTP/1.1 \(status) X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            _ = reply.withCString { write(client, $0, strlen($0)) }
            close(client)
        }
    }

    func stop() {
        shutdown(socketFD, Int32(SHUT_RDWR))
        close(socketFD)
    }
}
