import AnsimETL
import AnsimLinks
import AnsimStore
import AnsimSupport
import Foundation

/// Loads a call-detail, transfer or case–person export (``LinkExportKind``) into
/// `link_entity` and `link` with the ETL's rules: the run is an `etl_run` row, every
/// row is loaded or quarantined in `etl_quarantine` with its file, line and reason,
/// a row repeating a natural key of the file is a duplicate, and loading the same file
/// again changes nothing (links are keyed by source and natural key). One transaction
/// per file; runs as the schema owner.
public struct LinkCSVLoader {
    public let connection: Connection
    public let version: String

    public init(connection: Connection, version: String = AnsimVersion.current) {
        self.connection = connection
        self.version = version
    }

    /// Loads `path` as `export`. Throws for a file that cannot be read or lacks a
    /// required column; row problems are quarantined.
    public func load(_ path: String, as export: LinkExportKind) throws -> LinkLoadReport {
        let started = Date()
        let full = (path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path)
        let file = (full as NSString).standardizingPath
        guard FileManager.default.fileExists(atPath: file) else { throw AnsimError("\(path): no such file") }
        let staged = try Self.read(file, export)
        let sha = try SHA256.hex(ofFile: file)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        let runID = try connection.query(
            """
            INSERT INTO etl_run (source, kind, file, file_sha256, file_bytes, encoding, status, ansim_version, backend_pid)
            VALUES ($1, 'links', $2, $3, $4, $5, 'running', $6, pg_backend_pid()) RETURNING id
            """, ["links." + export.rawValue, file, sha, bytes, staged.encoding, version],
            purpose: "record the start of a link load")[0].decode(Int64.self, at: 0)
        do {
            return try connection.transaction(purpose: "load \(file)") { c in
                try stage(staged, export, on: c)
                return try finish(staged, export, runID: runID, file: file, started: started, on: c)
            }
        } catch {
            _ = try? connection.execute(
                "UPDATE etl_run SET status = 'failed', message = $2, finished_at = now() WHERE id = $1",
                [runID, "\(error)"], purpose: "record a failed link load")
            throw error
        }
    }
}
