import CLibPQ
import Foundation

/// The rows of a finished statement, decoded on demand from libpq's result.
public final class QueryResult: @unchecked Sendable, RandomAccessCollection {
    private let result: OpaquePointer?
    /// Column names, in order.
    public let columns: [String]
    /// Rows affected by INSERT/UPDATE/DELETE/COPY (0 otherwise).
    public let affectedRows: Int

    init(_ result: OpaquePointer?) {
        self.result = result
        if let result {
            let n = Int(PQnfields(result))
            columns = (0..<n).map { String(cString: PQfname(result, Int32($0))) }
            affectedRows = Int(String(cString: PQcmdTuples(result))) ?? 0
        } else {
            columns = []
            affectedRows = 0
        }
    }

    deinit { PQclear(result) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { result.map { Int(PQntuples($0)) } ?? 0 }
    public subscript(position: Int) -> Row { Row(result: self, index: position) }

    /// The index of a column by name.
    public func columnIndex(_ name: String) -> Int? { columns.firstIndex(of: name) }

    /// The raw text of a cell, or nil for NULL.
    func withCell<T>(_ row: Int, _ column: Int, _ body: (UnsafeBufferPointer<UInt8>?) throws -> T)
        rethrows -> T
    {
        guard let result, PQgetisnull(result, Int32(row), Int32(column)) == 0 else {
            return try body(nil)
        }
        let length = Int(PQgetlength(result, Int32(row), Int32(column)))
        let raw = UnsafeRawPointer(PQgetvalue(result, Int32(row), Int32(column))!)
        return try body(UnsafeBufferPointer(start: raw.assumingMemoryBound(to: UInt8.self), count: length))
    }

    /// Decodes every row into `T` by column name (see ``RowDecoder``).
    public func decode<T: Decodable>(_ type: T.Type) throws -> [T] {
        try map { try $0.decode(type) }
    }

    /// Turns a libpq result into a QueryResult, or throws a ``StoreError``.
    static func checked(_ result: OpaquePointer?, connection: OpaquePointer, purpose: String) throws
        -> QueryResult
    {
        guard let result else {
            throw StoreError(
                purpose: purpose,
                message: StoreError.oneLine(String(cString: PQerrorMessage(connection))))
        }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY, PGRES_SINGLE_TUPLE:
            return QueryResult(result)
        default:
            let error = StoreError(result: result, connection: connection, purpose: purpose)
            PQclear(result)
            throw error
        }
    }
}

extension StoreError {
    /// Reads the error fields of a failed libpq result.
    init(result: OpaquePointer, connection: OpaquePointer, purpose: String) {
        func field(_ code: Character) -> String? {
            guard let p = PQresultErrorField(result, Int32(code.asciiValue!)) else { return nil }
            return String(cString: p)
        }
        var message = field("M") ?? ""
        if message.isEmpty {
            message = StoreError.oneLine(String(cString: PQerrorMessage(connection)))
        }
        self.init(
            purpose: purpose, sqlState: field("C"), message: message, detail: field("D"),
            hint: field("H"), position: field("P").flatMap { Int($0) }, context: field("W"))
    }
}
