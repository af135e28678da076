import AnsimGeo
import AnsimStore
import AnsimSupport
import Foundation

/// Loads files into the canonical tables: one transaction per file, every row loaded
/// or quarantined with its reason, the run recorded in `etl_run`.
public final class Loader {
    let connection: Connection
    let catalog: SourceCatalog
    let dataFolder: String?
    let version: String

    public init(connection: Connection, catalog: SourceCatalog, dataFolder: String?, version: String) {
        self.connection = connection
        self.catalog = catalog
        self.dataFolder = dataFolder
        self.version = version
    }

    /// Chooses the definition for `path`: `--source`, else one whose file pattern
    /// matches, else one whose header signature the file has, else the kind's default.
    public func definition(for path: String, options: LoadOptions) throws -> SourceDefinition {
        if let id = options.sourceID { return try catalog.definition(id: id) }
        var candidates = catalog.matching(path: path, dataFolder: dataFolder)
        if let kind = options.kind { candidates = candidates.filter { $0.kind == kind } }
        if candidates.count == 1 { return candidates[0] }
        let pool =
            candidates.isEmpty
            ? catalog.definitions.filter { options.kind == nil || $0.kind == options.kind } : candidates
        if let header = try? Loader.headerCells(path), !header.isEmpty {
            let signed = pool.filter { d in
                guard let sig = d.signature, !sig.isEmpty else { return false }
                return Set(sig).isSubset(of: Set(header))
            }
            if let best = signed.max(by: { ($0.signature?.count ?? 0) < ($1.signature?.count ?? 0) }) {
                return best
            }
        }
        if !candidates.isEmpty { return candidates[0] }
        if let kind = options.kind {
            if let d = catalog.definitions.first(where: { $0.kind == kind && $0.defaultForKind == true }) {
                return d
            }
            throw ETLError(
                "no source definition of kind \(kind) fits \(path); pass --source ID (see `ansim etl sources`)"
            )
        }
        throw ETLError(
            "cannot tell what \(path) holds; pass --kind (\(SourceKind.allCases.map(\.rawValue).joined(separator: ", "))) or --source ID"
        )
    }

    /// The first line of a delimited file, for signature matching.
    static func headerCells(_ path: String) throws -> [String] {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard ["csv", "tsv", "txt", ""].contains(ext) else { return [] }
        let reader = try DelimitedReader(path: path)
        return reader.next()?.fields.map { $0.trimmed } ?? []
    }

    /// With `ANSIM_TRACE` set, prints how long each phase of a load took (to stderr).
    static let tracing = ProcessInfo.processInfo.environment["ANSIM_TRACE"] != nil

    static func trace(_ phase: String, since start: inout Date) {
        guard tracing else { return }
        let now = Date()
        FileHandle.standardError.write(
            Data(String(format: "  %-28@ %7.3f s\n", phase as NSString, now.timeIntervalSince(start)).utf8))
        start = now
    }

    /// Marks runs left 'running' by a process that died (its database session is gone).
    func abortStaleRuns() throws {
        try connection.execute(
            """
            UPDATE etl_run SET status = 'aborted', finished_at = now(),
                   message = 'the loading process ended before finishing (killed or crashed); nothing of it was kept'
            WHERE status = 'running' AND (backend_pid IS NULL OR backend_pid NOT IN (SELECT pid FROM pg_stat_activity))
            """, purpose: "mark abandoned ETL runs")
    }
}
