import CLibPQ
import Foundation

/// Writes rows of a `COPY … FROM STDIN` in PostgreSQL's text format.
///
/// Fields are appended one by one and each row is ended with ``endRow()``; the
/// writer escapes text (backslash, tab, newline, carriage return), writes NULL as
/// `\N`, and streams the buffer to the server every ``flushThreshold`` bytes, so
/// memory stays bounded whatever the number of rows.
public struct CopyWriter: ~Copyable {
    let connection: OpaquePointer
    var buffer: [UInt8] = []
    var fieldsInRow = 0
    /// Rows ended so far.
    public private(set) var rows = 0
    /// Bytes are sent to the server when the buffer grows past this size.
    public static let flushThreshold = 1 << 20

    init(connection: OpaquePointer) {
        self.connection = connection
        buffer.reserveCapacity(CopyWriter.flushThreshold + 4096)
    }

    @inline(__always)
    mutating func separate() {
        if fieldsInRow > 0 { buffer.append(9) }
        fieldsInRow += 1
    }

    /// Appends an integer field.
    public mutating func append(_ value: Int) {
        separate()
        if value == 0 {
            buffer.append(48)
            return
        }
        var v = value.magnitude
        if value < 0 { buffer.append(45) }
        var digits: (UInt64, UInt64) = (0, 0)  // scratch space for 20 digits
        withUnsafeMutableBytes(of: &digits) { scratch in
            var n = 0
            while v > 0 {
                scratch[n] = UInt8(truncatingIfNeeded: v % 10) + 48
                v /= 10
                n += 1
            }
            while n > 0 {
                n -= 1
                buffer.append(scratch[n])
            }
        }
    }

    /// Appends a floating-point field (shortest text that reads back to the same value).
    public mutating func append(_ value: Double) {
        separate()
        if value.isFinite {
            buffer.append(contentsOf: value.description.utf8)
        } else {
            buffer.append(contentsOf: (value.isNaN ? "NaN" : value < 0 ? "-Infinity" : "Infinity").utf8)
        }
    }

    /// Appends a text field, escaped; nil writes NULL.
    public mutating func append(_ value: String?) {
        separate()
        guard let value else {
            buffer.append(92)
            buffer.append(78)
            return
        }
        for byte in value.utf8 {
            switch byte {
            case 92: buffer.append(92); buffer.append(92)
            case 9: buffer.append(92); buffer.append(116)
            case 10: buffer.append(92); buffer.append(110)
            case 13: buffer.append(92); buffer.append(114)
            default: buffer.append(byte)
            }
        }
    }

    /// Appends any encodable value (its PostgreSQL text form), escaped.
    public mutating func append(_ value: some PostgresEncodable) {
        append(value.postgresText)
    }

    /// Appends a NULL field.
    public mutating func appendNull() {
        append(nil as String?)
    }

    /// Ends the current row.
    public mutating func endRow() throws {
        buffer.append(10)
        fieldsInRow = 0
        rows += 1
        if buffer.count >= CopyWriter.flushThreshold { try flush() }
    }

    /// Sends what is buffered.
    mutating func flush() throws {
        try CopyWriter.send(&buffer, to: connection)
    }

    /// Sends and empties a buffer of COPY data (text or binary).
    static func send(_ buffer: inout [UInt8], to connection: OpaquePointer) throws {
        guard !buffer.isEmpty else { return }
        let status = buffer.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) {
                PQputCopyData(connection, $0.baseAddress, Int32($0.count))
            }
        }
        guard status == 1 else {
            throw StoreError(
                purpose: "send COPY data",
                message: StoreError.oneLine(String(cString: PQerrorMessage(connection))))
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
