import Foundation

/// One row of a ``QueryResult``.
public struct Row: Sendable {
    let result: QueryResult
    let index: Int

    /// Decodes column `column` (0-based) as `T`; NULL decodes only into an Optional.
    public func decode<T: PostgresDecodable>(_ type: T.Type = T.self, at column: Int) throws -> T {
        guard column >= 0, column < result.columns.count else {
            throw StoreError(
                purpose: "decode a row", message: "no column \(column) (the row has \(result.columns.count))")
        }
        return try result.withCell(index, column) { bytes in
            do {
                return try T(postgresText: bytes)
            } catch let error as DecodingFailure {
                throw StoreError(
                    purpose: "decode column \"\(result.columns[column])\" of row \(index + 1)",
                    message: error.message)
            }
        }
    }

    /// Decodes the column called `name` as `T`.
    public func decode<T: PostgresDecodable>(_ type: T.Type = T.self, column name: String) throws -> T {
        guard let column = result.columnIndex(name) else {
            throw StoreError(purpose: "decode a row", message: "no column \"\(name)\"")
        }
        return try decode(type, at: column)
    }

    /// The text of column `column`, or nil for NULL.
    public subscript(column: Int) -> String? {
        result.withCell(index, column) { $0.map { String(decoding: $0, as: UTF8.self) } }
    }

    /// The text of the column called `name`, or nil for NULL or no such column.
    public subscript(name: String) -> String? {
        result.columnIndex(name).flatMap { self[$0] }
    }

    /// Decodes the whole row into a `Decodable` type whose keys are column names.
    public func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: RowDecoder(row: self))
    }
}

/// Why a value could not be decoded (wrapped into a ``StoreError`` by ``Row``).
public struct DecodingFailure: Error, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
