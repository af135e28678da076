import Foundation

/// An error from the database: what Ansim was doing, and what PostgreSQL said.
///
/// Prints as one line, e.g.
/// `could not load CCTV rows: duplicate key value violates unique constraint "cctv_pkey" (SQLSTATE 23505)`.
public struct StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The statement's purpose, in words ("apply migration 001_base.sql").
    public var purpose: String
    /// The five-character SQLSTATE, when the server sent one.
    public var sqlState: String?
    /// The primary message (first line of libpq's message for connection errors).
    public var message: String
    /// DETAIL, when the server sent one.
    public var detail: String?
    /// HINT, when the server sent one.
    public var hint: String?
    /// 1-based character position in the statement, when the server reported one.
    public var position: Int?
    /// CONTEXT, when the server sent one (for COPY: the table, line and column).
    public var context: String?

    public init(
        purpose: String, sqlState: String? = nil, message: String, detail: String? = nil,
        hint: String? = nil, position: Int? = nil, context: String? = nil
    ) {
        self.purpose = purpose
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
        self.hint = hint
        self.position = position
        self.context = context
    }

    /// One line for the terminal.
    public var description: String {
        var line = "could not \(purpose): \(message)"
        if let detail, !detail.isEmpty { line += " (\(detail))" }
        if let context, context.hasPrefix("COPY ") { line += " (\(context))" }
        if let sqlState { line += " (SQLSTATE \(sqlState))" }
        return StoreError.oneLine(line)
    }

    /// Well-known SQLSTATEs.
    public enum Code {
        public static let uniqueViolation = "23505"
        public static let invalidPassword = "28P01"
        public static let invalidAuthorization = "28000"
        public static let undefinedDatabase = "3D000"
        public static let undefinedTable = "42P01"
        public static let queryCanceled = "57014"
        public static let badCopyFileFormat = "22P04"
        public static let invalidTextRepresentation = "22P02"
    }

    /// Collapses whitespace runs and newlines so that a message fits on one line.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isNewline || $0 == "\t" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}
