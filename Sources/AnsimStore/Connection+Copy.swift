import CLibPQ
import Foundation

extension Connection {
    /// Streams rows into a table with `COPY … FROM STDIN` (text format).
    ///
    /// `body` appends rows to the writer; they are sent in ~1 MiB chunks as it goes.
    /// COPY is atomic: if `body` throws or the server rejects any row, no row of this
    /// COPY remains and the error is rethrown (the server's error names the line).
    /// `body` must not use this connection for anything else.
    ///
    /// - Parameters:
    ///   - sql: the COPY statement, e.g. `COPY cctv (id, geom) FROM STDIN`.
    ///   - purpose: what the load is for, named in any error.
    /// - Returns: the number of rows the server stored.
    @discardableResult
    public func copyIn(
        _ sql: String, purpose: String, _ body: (inout CopyWriter) throws -> Void
    ) throws -> Int {
        try copy(sql, purpose: purpose) { conn in
            var writer = CopyWriter(connection: conn)
            try body(&writer)
            try writer.flush()
        }
    }

    /// Streams rows with `COPY … FROM STDIN (FORMAT binary)`: the fastest path, for
    /// bulk loads whose column types are known (see ``BinaryCopyWriter``).
    /// Atomic in the same way as ``copyIn(_:purpose:_:)``.
    ///
    /// - Parameter sql: the COPY statement, which must say `(FORMAT binary)`.
    @discardableResult
    public func copyInBinary(
        _ sql: String, purpose: String, _ body: (inout BinaryCopyWriter) throws -> Void
    ) throws -> Int {
        try copy(sql, purpose: purpose) { conn in
            var writer = BinaryCopyWriter(connection: conn)
            try body(&writer)
            try writer.finish()
        }
    }

    private func copy(
        _ sql: String, purpose: String, _ send: (OpaquePointer) throws -> Void
    ) throws -> Int {
        try state.withLock { box in
            let conn = box.pointer
            let start = PQexec(conn, sql)
            guard PQresultStatus(start) == PGRES_COPY_IN else {
                _ = try QueryResult.checked(start, connection: conn, purpose: purpose)
                throw StoreError(purpose: purpose, message: "the statement is not a COPY FROM STDIN")
            }
            PQclear(start)
            do {
                try send(conn)
            } catch {
                let reason = "aborted by Ansim: \(error)"
                PQputCopyEnd(conn, reason)
                Connection.drainResults(conn)
                throw error
            }
            guard PQputCopyEnd(conn, nil) == 1 else {
                let message = StoreError.oneLine(String(cString: PQerrorMessage(conn)))
                Connection.drainResults(conn)
                throw StoreError(purpose: purpose, message: message)
            }
            let final = PQgetResult(conn)
            defer { Connection.drainResults(conn) }
            let result = try QueryResult.checked(final, connection: conn, purpose: purpose)
            return result.affectedRows
        }
    }

    /// Reads and frees any results left on the connection.
    static func drainResults(_ conn: OpaquePointer) {
        while let r = PQgetResult(conn) { PQclear(r) }
    }
}
