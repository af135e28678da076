import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A one-thread HTTP server on 127.0.0.1 for webhook tests: answers each request with the
/// next status of `statuses` (then the last one) and keeps what it received.
///
/// It serves on its own thread, not on Swift's cooperative pool: test suites run in
/// parallel and hold the pool's few threads with blocking database work for minutes on a
/// two-core machine, which made a server on the pool miss the client's timeout.
public final class WebhookTestServer: Sendable {
    /// One request as received: its lower-cased header lines and its body bytes.
    public struct Request: Sendable {
        /// `name: value` pairs, names lower-cased.
        public let headers: [String: String]
        /// The body exactly as sent.
        public let body: [UInt8]
    }

    /// The port it listens on.
    public let port: Int
    private let socketFD: Int32
    private let state: Mutex<(statuses: [Int], requests: [Request])>

    /// Starts listening on an ephemeral port.
    public init(statuses: [Int]) throws {
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

    /// The URL to post to.
    public var url: String { "http://127.0.0.1:\(port)/hook" }
    /// The bodies received so far, as text.
    public var bodies: [String] { requests.map { String(decoding: $0.body, as: UTF8.self) } }
    /// The requests received so far.
    public var requests: [Request] { state.withLock { $0.requests } }

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
            let request = Self.parse(data)
            let status = state.withLock { s -> Int in
                s.requests.append(request)
                return s.statuses.count > 1 ? s.statuses.removeFirst() : (s.statuses.first ?? 200)
            }
            let reply = "HTTP/1.1 \(status) X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            _ = reply.withCString { write(client, $0, strlen($0)) }
            close(client)
        }
    }

    static func parse(_ data: [UInt8]) -> Request {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        var split = data.count
        if data.count >= 4 {
            for i in 0...(data.count - 4) where Array(data[i..<(i + 4)]) == separator {
                split = i
                break
            }
        }
        let head = String(decoding: data[..<split], as: UTF8.self)
        var headers: [String: String] = [:]
        for line in head.split(separator: "\r\n").dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...]
                .trimmingCharacters(in: .whitespaces)
        }
        return Request(headers: headers, body: Array(data[min(split + 4, data.count)...]))
    }

    /// Closes the listening socket; the serving thread then ends.
    public func stop() {
        shutdown(socketFD, Int32(SHUT_RDWR))
        close(socketFD)
    }
}
