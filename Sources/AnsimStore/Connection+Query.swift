import CLibPQ
import Foundation

extension Connection {
    /// Runs one parameterised statement and returns its rows.
    ///
    /// - Parameters:
    ///   - sql: the statement, with `$1`, `$2`, … for values.
    ///   - parameters: the values, as their PostgreSQL text form (nil is NULL).
    ///   - purpose: what the statement is for, named in any error.
    @discardableResult
    public func query(
        _ sql: String, _ parameters: [any PostgresEncodable] = [], purpose: String
    ) throws -> QueryResult {
        let texts = parameters.map { $0.postgresText }
        return try state.withLock { box in
            let result = Connection.execParams(box.pointer, sql, texts)
            return try QueryResult.checked(result, connection: box.pointer, purpose: purpose)
        }
    }

    /// Runs one parameterised statement and returns the number of rows it affected.
    @discardableResult
    public func execute(
        _ sql: String, _ parameters: [any PostgresEncodable] = [], purpose: String
    ) throws -> Int {
        try query(sql, parameters, purpose: purpose).affectedRows
    }

    /// Runs a script of several statements that carries no values (DDL, migrations).
    ///
    /// Values must never be spliced into `script`; use ``query(_:_:purpose:)`` for them.
    public func executeScript(_ script: String, purpose: String) throws {
        try state.withLock { box in
            let result = PQexec(box.pointer, script)
            _ = try QueryResult.checked(result, connection: box.pointer, purpose: purpose)
        }
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    public func transaction<T>(
        purpose: String, isolation: Isolation = .readCommitted,
        _ body: (Connection) throws -> T
    ) throws -> T {
        try executeScript("BEGIN ISOLATION LEVEL \(isolation.rawValue)", purpose: "begin: \(purpose)")
        let value: T
        do {
            value = try body(self)
        } catch {
            try? executeScript("ROLLBACK", purpose: "roll back: \(purpose)")
            throw error
        }
        try executeScript("COMMIT", purpose: "commit: \(purpose)")
        return value
    }

    /// Transaction isolation levels.
    public enum Isolation: String, Sendable {
        case readCommitted = "READ COMMITTED"
        case repeatableRead = "REPEATABLE READ"
        case serializable = "SERIALIZABLE"
    }

    static func execParams(_ conn: OpaquePointer, _ sql: String, _ texts: [String?]) -> OpaquePointer? {
        withCStrings(texts) { PQexecParams(conn, sql, Int32(texts.count), nil, $0, nil, nil, 0) }
    }

    /// Calls `body` with `texts` as C strings (NULL for nil; a nil array when empty), freed after.
    static func withCStrings<R>(
        _ texts: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R
    ) -> R {
        if texts.isEmpty { return body(nil) }
        var cstrings: [UnsafeMutablePointer<CChar>?] = texts.map { $0.map { strdup($0) } ?? nil }
        defer { cstrings.forEach { free($0) } }
        return cstrings.withUnsafeMutableBufferPointer { buf in
            buf.withMemoryRebound(to: UnsafePointer<CChar>?.self) { body($0.baseAddress) }
        }
    }
}
