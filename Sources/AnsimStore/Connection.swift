import CLibPQ
import Foundation
import Synchronization

/// One connection to PostgreSQL through libpq.
///
/// Every statement is parameterised (`$1`, `$2`, … with values passed separately);
/// there is no API that splices values into SQL text. A connection may be shared
/// between tasks: each call holds the connection's lock for its duration, so calls
/// never interleave on the wire (a transaction, however, belongs to whoever began it).
public final class Connection: Sendable {
    let state: Mutex<PGConnBox>
    /// What was connected to, with passwords masked.
    public let target: String

    /// Opens a connection with libpq keyword/value pairs.
    ///
    /// - Throws: ``StoreError`` with libpq's message folded onto one line.
    public init(keywords: [(String, String)], target: String, purpose: String = "connect to the database")
        throws
    {
        let conn = Connection.connect(keywords)
        guard let conn, PQstatus(conn) == CONNECTION_OK else {
            let message = conn.map { String(cString: PQerrorMessage($0)) } ?? "out of memory"
            if let conn { PQfinish(conn) }
            throw StoreError(
                purpose: "\(purpose) (\(target))",
                sqlState: Connection.sqlState(inConnectionMessage: message),
                message: StoreError.oneLine(message))
        }
        PQsetNoticeProcessor(conn, { _, _ in }, nil)
        self.target = target
        self.state = Mutex(PGConnBox(conn))
    }

    /// Opens a connection to the configured database (see ``ConnectionSettings``).
    public convenience init(
        _ settings: ConnectionSettings, database: String? = nil,
        purpose: String = "connect to the database"
    ) throws {
        try self.init(
            keywords: settings.keywords(database: database), target: settings.redacted,
            purpose: purpose)
    }

    deinit {
        state.withLock { PQfinish($0.pointer) }
    }

    private static func connect(_ pairs: [(String, String)]) -> OpaquePointer? {
        var keys = pairs.map { strdup($0.0) }
        var values = pairs.map { strdup($0.1) }
        defer {
            keys.forEach { free($0) }
            values.forEach { free($0) }
        }
        keys.append(nil)
        values.append(nil)
        return keys.withUnsafeBufferPointer { kb in
            values.withUnsafeBufferPointer { vb in
                kb.withMemoryRebound(to: UnsafePointer<CChar>?.self) { k in
                    vb.withMemoryRebound(to: UnsafePointer<CChar>?.self) { v in
                        PQconnectdbParams(k.baseAddress, v.baseAddress, 1)
                    }
                }
            }
        }
    }

    /// libpq reports connection failures as text; recognise the common SQLSTATEs.
    static func sqlState(inConnectionMessage message: String) -> String? {
        if message.contains("password authentication failed") { return StoreError.Code.invalidPassword }
        if message.contains("database \"") && message.contains("does not exist") {
            return StoreError.Code.undefinedDatabase
        }
        if message.contains("no pg_hba.conf entry") { return StoreError.Code.invalidAuthorization }
        return nil
    }

    /// True while the connection is usable.
    public var isHealthy: Bool {
        state.withLock { PQstatus($0.pointer) == CONNECTION_OK }
    }

    /// The server's version number, e.g. 150020 for 15.20.
    public var serverVersion: Int {
        state.withLock { Int(PQserverVersion($0.pointer)) }
    }

    /// Quotes an SQL identifier (a table or column name chosen at run time).
    /// Values are never quoted: pass them as parameters.
    public func quoteIdentifier(_ name: String) -> String {
        state.withLock { box in
            let utf8 = Array(name.utf8)
            guard let q = PQescapeIdentifier(box.pointer, name, utf8.count) else {
                return "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            defer { PQfreemem(q) }
            return String(cString: q)
        }
    }
}

/// Holds the `PGconn*` inside the connection's lock.
struct PGConnBox: @unchecked Sendable {
    let pointer: OpaquePointer
    /// The statements prepared on this connection (``Connection/preparedQuery(_:_:purpose:)``):
    /// SQL text → statement name.
    var prepared: [String: String] = [:]
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
}
