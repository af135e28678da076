/// Why a vector file could not be opened or read.
///
/// The ``description`` is one line naming the file and the problem, e.g.
/// `cannot open /data/x.shp: the .dbf is missing (a shapefile needs .shp, .shx and .dbf)`,
/// so the CLI can print it as is.
public struct VectorError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// The file does not exist or is not a regular readable file.
        case notFound
        /// The file is empty.
        case empty
        /// A shapefile part (.shx, .dbf) is missing, or an archive holds no shapefile.
        case incomplete
        /// GDAL does not recognise the file or failed to open it.
        case unreadable
        /// A decompression helper failed.
        case decompression
        /// Reading features failed part way.
        case readFailed
        /// A layer name or index that the source does not have.
        case noSuchLayer
    }

    /// The file as the caller named it.
    public let path: String
    /// What went wrong, for callers that branch on it.
    public let kind: Kind
    /// The problem, one line, without the file name.
    public let problem: String

    /// Creates an error about `path`.
    public init(_ kind: Kind, path: String, _ problem: String) {
        self.kind = kind
        self.path = path
        self.problem = GDAL.oneLine(problem)
    }

    /// `cannot open <path>: <problem>` (or `cannot read …` once reading has started).
    public var description: String {
        let verb = kind == .readFailed ? "cannot read" : "cannot open"
        return "\(verb) \(path): \(problem)"
    }
}
