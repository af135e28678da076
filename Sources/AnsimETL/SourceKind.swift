/// What a source holds; each kind loads into its canonical table(s).
public enum SourceKind: String, Codable, Sendable, CaseIterable, CustomStringConvertible {
    case adminArea = "admin-area"
    case population
    case policeFacility = "police-facility"
    case cctv
    case riskSite = "risk-site"
    case road
    case calls
    case incidents
    case crimeStats = "crime-stats"

    public var description: String { rawValue }

    /// Parses a `--kind` value.
    public init(argument: String) throws {
        guard let kind = SourceKind(rawValue: argument) else {
            throw ETLError(
                "unknown kind \"\(argument)\" (kinds: \(SourceKind.allCases.map(\.rawValue).joined(separator: ", ")))"
            )
        }
        self = kind
    }
}

/// An ETL failure about a whole file or the command; one line, naming the file.
public struct ETLError: Error, CustomStringConvertible, Sendable, Equatable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
