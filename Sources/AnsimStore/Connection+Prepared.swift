import CLibPQ
import Foundation

extension Connection {
    /// The most statements one connection prepares; later ones run unprepared.
    static let preparedLimit = 64

    /// Runs one parameterised statement like ``query(_:_:purpose:)``, but prepares it
    /// on this connection the first time (`PQprepare`) and afterwards only binds and
    /// executes it (`PQexecPrepared`), so PostgreSQL parses and plans it once per
    /// connection instead of once per call.
    ///
    /// For the hot statements of the server's request path (the session check, the
    /// scope's settings, the audit append, the case reads), whose parse and plan cost
    /// more than their execution. PostgreSQL re-plans a prepared statement after a
    /// schema change and re-checks row-level security when the role changes; a change of
    /// its result's row type, however, is an error, so use it only for statements whose
    /// tables keep their columns for the connection's life (not `SELECT *` around DDL).
    @discardableResult
    public func preparedQuery(
        _ sql: String, _ parameters: [any PostgresEncodable] = [], purpose: String
    ) throws -> QueryResult {
        let texts = parameters.map { $0.postgresText }
        return try state.withLock { box in
            let name: String
            if let known = box.prepared[sql] {
                name = known
            } else if box.prepared.count < Self.preparedLimit {
                name = "ansim_p\(box.prepared.count + 1)"
                let made = PQprepare(box.pointer, name, sql, Int32(texts.count), nil)
                _ = try QueryResult.checked(made, connection: box.pointer, purpose: "prepare: \(purpose)")
                box.prepared[sql] = name
            } else {
                let result = Connection.execParams(box.pointer, sql, texts)
                return try QueryResult.checked(result, connection: box.pointer, purpose: purpose)
            }
            let result = Connection.execPrepared(box.pointer, name, texts)
            return try QueryResult.checked(result, connection: box.pointer, purpose: purpose)
        }
    }

    /// The number of statements prepared on this connection.
    public var preparedStatements: Int { state.withLock { $0.prepared.count } }

    static func execPrepared(_ conn: OpaquePointer, _ name: String, _ texts: [String?]) -> OpaquePointer? {
        withCStrings(texts) { PQexecPrepared(conn, name, Int32(texts.count), $0, nil, nil, 0) }
    }
}
