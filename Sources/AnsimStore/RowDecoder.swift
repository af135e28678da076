import Foundation

/// Decodes a ``Row`` into a `Decodable` type: each coding key names a column.
///
/// Supports the scalar types PostgreSQL text results map to (String, Int, Int32,
/// Int64, Double, Bool, Date, UUID, Data) and Optionals of them for NULLable columns.
struct RowDecoder: Decoder {
    let row: Row
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Container<Key>(row: row))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch(
            [Any].self, .init(codingPath: codingPath, debugDescription: "rows decode by column name"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(
            Any.self, .init(codingPath: codingPath, debugDescription: "rows decode by column name"))
    }

    struct Container<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let row: Row
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { row.result.columns.compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { row.result.columnIndex(key.stringValue) != nil }

        func decodeNil(forKey key: Key) throws -> Bool {
            row[key.stringValue] == nil
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            guard let decodable = type as? any PostgresDecodable.Type else {
                throw DecodingError.typeMismatch(
                    type,
                    .init(
                        codingPath: [key],
                        debugDescription: "\(type) cannot be read from a PostgreSQL column"))
            }
            guard let column = row.result.columnIndex(key.stringValue) else {
                throw DecodingError.keyNotFound(
                    key, .init(codingPath: [key], debugDescription: "no column \"\(key.stringValue)\""))
            }
            return try row.result.withCell(row.index, column) { bytes in
                try decodable.init(postgresText: bytes) as! T
            }
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            throw DecodingError.typeMismatch(
                type, .init(codingPath: [key], debugDescription: "nested values are not supported"))
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            throw DecodingError.typeMismatch(
                [Any].self, .init(codingPath: [key], debugDescription: "nested values are not supported"))
        }

        func superDecoder() throws -> any Decoder { RowDecoder(row: row) }
        func superDecoder(forKey key: Key) throws -> any Decoder { RowDecoder(row: row) }
    }
}
