/// One record of a delimited text file.
public struct DelimitedRecord: Sendable, Equatable {
    /// The 1-based line on which the record starts (a quoted field may span lines).
    public let line: Int
    /// The fields, unquoted, as UTF-8 text.
    public let fields: [String]
    /// The record as it stood in the file (converted to UTF-8), without its line ending.
    public let raw: String
    /// Why the record cannot be trusted (bad bytes, an unterminated quote), or nil.
    public let problem: String?

    public init(line: Int, fields: [String], raw: String, problem: String? = nil) {
        self.line = line
        self.fields = fields
        self.raw = raw
        self.problem = problem
    }

    /// True for a record with nothing but empty fields (a blank line).
    public var isBlank: Bool { fields.allSatisfy { $0.isEmpty } }
}
