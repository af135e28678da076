import AnsimGeo
import AnsimSupport
import Foundation

/// A Swift value that can be sent as a statement parameter, in PostgreSQL's text form.
public protocol PostgresEncodable: Sendable {
    /// The text PostgreSQL parses for this value; nil sends NULL.
    var postgresText: String? { get }
}

/// A Swift value that can be read from a result cell in PostgreSQL's text form.
public protocol PostgresDecodable {
    /// Decodes from the cell's bytes; `nil` bytes mean SQL NULL.
    init(postgresText bytes: UnsafeBufferPointer<UInt8>?) throws
}

extension PostgresDecodable {
    static func required(_ bytes: UnsafeBufferPointer<UInt8>?) throws -> UnsafeBufferPointer<UInt8> {
        guard let bytes else { throw DecodingFailure("NULL where \(Self.self) was expected") }
        return bytes
    }
    static func string(_ bytes: UnsafeBufferPointer<UInt8>?) throws -> String {
        String(decoding: try required(bytes), as: UTF8.self)
    }
}

extension String: PostgresEncodable, PostgresDecodable {
    public var postgresText: String? { self }
    public init(postgresText bytes: UnsafeBufferPointer<UInt8>?) throws {
        self = try Self.string(bytes)
    }
}

extension Int: PostgresEncodable, PostgresDecodable {
    public var postgresText: String? { String(self) }
    public init(postgresText bytes: UnsafeBufferPointer<UInt8>?) throws {
        let s = try Self.string(bytes)
        guard let v = Int(s) else { throw DecodingFailure("\"\(s)\" is not an integer") }
        self = v
    }
}

extension Int32: PostgresEncodable, PostgresDecodable {
    public var postgresText: String? { String(self) }
    public init(postgresText bytes: UnsafeBufferPointer<UInt8>?) throws {
        let s = try Self.string(bytes)
        guard let v = Int32(s) else { throw DecodingFailure("\"\(s)\" is not a 32-bit integer") }
        self = v
    }
}

extension Int64: PostgresEncodable, PostgresDecodable {
    public var postgresText: String? { String(self) }
    public init(postgresText bytes: UnsafeBufferPointer<UInt8>?) throws {
        let s = try Self.string(bytes)
        guard let v = Int64(s) else { throw DecodingFailure("\"\(s)\" is not an integer") }
        self = v
    }
}

extension Double: PostgresEncodable, PostgresDecodable {
    public var postgresText: String? {
        if isNaN { return "NaN" }
        if isInfinite { return self < 0 ? "-Infinity" : "Infinity" }
        return description
    }
    public init(postgresText bytes: UnsafeBufferPointer<UInt8>?) throws {
        let s = try Self.string(bytes)
        switch s {
        case "NaN": self = .nan
        case "Infinity": self = .infinity
        case "-Infinity": self = -.infinity
        default:
            guard let v = Double(s) else { throw DecodingFailure("\"\(s)\" is not a number") }
            self = v
        }
    }
}

extension Bool: PostgresEncodable, PostgresDecodable {
    public var postgresText: String? { self ? "t" : "f" }
    public init(postgresText bytes: UnsafeBufferPointer<UInt8>?) throws {
        switch try Self.string(bytes) {
        case "t", "true": self = true
        case "f", "false": self = false
        case let s: throw DecodingFailure("\"\(s)\" is not a boolean")
        }
    }
}

extension UUID: PostgresEncodable, PostgresDecodable {
    public var postgresText: String? { uuidString.lowercased() }
    public init(postgresText bytes: UnsafeBufferPointer<UInt8>?) throws {
        let s = try Self.string(bytes)
        guard let v = UUID(uuidString: s) else { throw DecodingFailure("\"\(s)\" is not a UUID") }
        self = v
    }
}

/// `bytea`, sent and read in hex form (`\x0a1b…`).
extension Data: PostgresEncodable, PostgresDecodable {
    public var postgresText: String? { "\\x" + Hex.encode(self) }
    public init(postgresText bytes: UnsafeBufferPointer<UInt8>?) throws {
        let s = try Self.string(bytes)
        guard s.hasPrefix("\\x"), let raw = Hex.decode(s.dropFirst(2)) else {
            throw DecodingFailure("bytea not in hex format")
        }
        self = Data(raw)
    }
}

/// PostGIS geometry, sent as hex EWKB (carrying the SRID) and read from the hex
/// EWKB PostGIS prints.
extension Geometry: PostgresEncodable {
    public var postgresText: String? { hexEWKB }
}

extension Geometry: PostgresDecodable {
    public convenience init(postgresText bytes: UnsafeBufferPointer<UInt8>?) throws {
        let s = try Geometry.string(bytes)
        do {
            try self.init(hexWKB: s)
        } catch {
            throw DecodingFailure("\(error)")
        }
    }
}

extension Optional: PostgresEncodable where Wrapped: PostgresEncodable {
    public var postgresText: String? { self?.postgresText }
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
    public init(postgresText bytes: UnsafeBufferPointer<UInt8>?) throws {
        guard let bytes else {
            self = .none
            return
        }
        self = .some(try Wrapped(postgresText: bytes))
    }
}

/// Arrays of encodable values become PostgreSQL array literals (`{…}`), with every
/// element quoted and escaped.
extension Array: PostgresEncodable where Element: PostgresEncodable {
    public var postgresText: String? {
        let items = map { element -> String in
            guard let text = element.postgresText else { return "NULL" }
            let escaped = text.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(escaped)\""
        }
        return "{" + items.joined(separator: ",") + "}"
    }
}
