import CLibPQ
import Foundation

/// One `NOTIFY` received on a connection that `LISTEN`s.
public struct Notification: Sendable, Equatable {
    /// The channel.
    public var channel: String
    /// The payload ('' when none).
    public var payload: String
}

extension Connection {
    /// Waits up to `timeout` seconds for notifications on this connection (after
    /// `LISTEN channel`) and returns those that arrived, oldest first (empty on time-out).
    /// Holds the connection for the wait: use a connection dedicated to listening.
    ///
    /// - Throws: ``StoreError`` when the connection is lost.
    public func notifications(timeout: Double) throws -> [Notification] {
        try state.withLock { box in
            let conn = box.pointer
            var received = Self.drainNotifications(conn)
            if !received.isEmpty { return received }
            var fds = pollfd(fd: PQsocket(conn), events: Int16(POLLIN), revents: 0)
            let ready = poll(&fds, 1, Int32(max(0, timeout) * 1000))
            if ready > 0 {
                guard PQconsumeInput(conn) == 1 else {
                    throw StoreError(
                        purpose: "wait for notifications", sqlState: nil,
                        message: StoreError.oneLine(String(cString: PQerrorMessage(conn))))
                }
                received = Self.drainNotifications(conn)
            }
            return received
        }
    }

    private static func drainNotifications(_ conn: OpaquePointer) -> [Notification] {
        var list: [Notification] = []
        while let n = PQnotifies(conn) {
            list.append(
                Notification(channel: String(cString: n.pointee.relname), payload: String(cString: n.pointee.extra)))
            PQfreemem(n)
        }
        return list
    }
}
