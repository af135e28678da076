import CLibPQ
import Foundation

/// Writes rows of a `COPY … FROM STDIN (FORMAT binary)`.
///
/// The binary format skips number parsing on the server and number formatting here,
/// which makes it the fastest way into PostgreSQL; the price is that every field
/// must match its column's type exactly (`int8` ← ``append(int64:)``, `int4` ←
/// ``append(int32:)``, `float8` ← ``append(float8:)``, `text` ← ``append(text:)``,
/// `geometry` ← ``append(geometry:)`` as EWKB). The server rejects a mismatch with
/// "incorrect binary data format" and the whole COPY is rolled back.
public struct BinaryCopyWriter: ~Copyable {
    let connection: OpaquePointer
    var buffer: [UInt8] = []
    private var fieldCountOffset = -1
    private var fieldsInRow: UInt16 = 0
    /// Rows ended so far.
    public private(set) var rows = 0

    init(connection: OpaquePointer) {
        self.connection = connection
        buffer.reserveCapacity(CopyWriter.flushThreshold + 4096)
        // Signature, flags (no OIDs), header extension length.
        buffer.append(contentsOf: Array("PGCOPY\n".utf8) + [0xFF, 0x0D, 0x0A, 0x00])
        appendBigEndian(UInt32(0))
        appendBigEndian(UInt32(0))
    }

    @inline(__always)
    mutating func appendBigEndian<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.bigEndian) { buffer.append(contentsOf: $0) }
    }

    @inline(__always)
    mutating func beginField(length: Int32) {
        if fieldCountOffset < 0 {
            fieldCountOffset = buffer.count
            buffer.append(0)
            buffer.append(0)
        }
        fieldsInRow += 1
        appendBigEndian(length)
    }

    /// Appends an `int8` (bigint) field.
    public mutating func append(int64 value: Int64) {
        beginField(length: 8)
        appendBigEndian(value)
    }

    /// Appends an `int4` (integer) field.
    public mutating func append(int32 value: Int32) {
        beginField(length: 4)
        appendBigEndian(value)
    }

    /// Appends a `float8` (double precision) field.
    public mutating func append(float8 value: Double) {
        beginField(length: 8)
        appendBigEndian(value.bitPattern)
    }

    /// Appends a `bool` field.
    public mutating func append(bool value: Bool) {
        beginField(length: 1)
        buffer.append(value ? 1 : 0)
    }

    /// Appends a `text` (or `varchar`) field as UTF-8; nil writes NULL.
    public mutating func append(text value: String?) {
        guard var text = value else { return appendNull() }
        text.withUTF8 { utf8 in
            beginField(length: Int32(utf8.count))
            buffer.append(contentsOf: utf8)
        }
    }

    /// Appends raw bytes: a `bytea` field, or a `geometry` field as (E)WKB.
    public mutating func append(bytes value: some Collection<UInt8>) {
        beginField(length: Int32(value.count))
        buffer.append(contentsOf: value)
    }

    /// Appends a NULL field.
    public mutating func appendNull() {
        beginField(length: -1)
    }

    /// Ends the current row.
    public mutating func endRow() throws {
        if fieldCountOffset < 0 {
            fieldCountOffset = buffer.count
            buffer.append(0)
            buffer.append(0)
        }
        buffer[fieldCountOffset] = UInt8(fieldsInRow >> 8)
        buffer[fieldCountOffset + 1] = UInt8(fieldsInRow & 0xFF)
        fieldCountOffset = -1
        fieldsInRow = 0
        rows += 1
        if buffer.count >= CopyWriter.flushThreshold { try flush() }
    }

    /// Writes the trailer (field count -1) and sends what is buffered.
    mutating func finish() throws {
        appendBigEndian(Int16(-1))
        try flush()
    }

    mutating func flush() throws {
        try CopyWriter.send(&buffer, to: connection)
    }
}
