import AnsimSupport
import Foundation

/// One schema migration: a plain SQL file `sql/NNN_name.sql`.
public struct Migration: Sendable, Equatable {
    /// The number in the file name (applied in increasing order).
    public let version: Int
    /// The file name, e.g. `001_base.sql`.
    public let name: String
    /// The SQL text.
    public let sql: String
    /// SHA-256 of the file's bytes, recorded when applied.
    public let checksum: String

    /// Files whose first line is this marker run outside a transaction
    /// (for statements such as `CREATE INDEX CONCURRENTLY`).
    public static let noTransactionMarker = "-- ansim:no-transaction"

    /// True unless the file opts out of running in a transaction.
    public var runsInTransaction: Bool {
        !sql.hasPrefix(Migration.noTransactionMarker)
    }

    /// Reads every `NNN_name.sql` in `directory`, in order.
    ///
    /// - Throws: when the folder is missing, a `.sql` file is misnamed, or two files
    ///   share a number.
    public static func load(from directory: String) throws -> [Migration] {
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw AnsimError(
                "cannot read the migrations folder \(directory): \(EmbeddedCluster.reason(error))")
        }
        var byVersion: [Int: Migration] = [:]
        for file in files.sorted() where file.hasSuffix(".sql") {
            let stem = file.dropLast(4)
            let parts = stem.split(separator: "_", maxSplits: 1)
            guard parts.count == 2, parts[0].count == 3, let version = Int(parts[0]), version > 0
            else {
                throw AnsimError(
                    "migration \(directory)/\(file) is misnamed: expected NNN_name.sql, e.g. 002_etl.sql")
            }
            if let other = byVersion[version] {
                throw AnsimError("migrations \(other.name) and \(file) share the number \(parts[0])")
            }
            let path = "\(directory)/\(file)"
            guard let data = FileManager.default.contents(atPath: path) else {
                throw AnsimError("cannot read migration \(path)")
            }
            guard let sql = String(data: data, encoding: .utf8) else {
                throw AnsimError("migration \(path) is not UTF-8 text")
            }
            byVersion[version] = Migration(
                version: version, name: file, sql: sql, checksum: SHA256.hex(data))
        }
        return byVersion.values.sorted { $0.version < $1.version }
    }

    /// Finds the `sql/` folder: `ANSIM_SQL_DIR`; else `sql/` beside the `Package.swift`
    /// above the running executable (a checkout); else `../share/ansim/sql` beside
    /// the executable (an installation); else `./sql`.
    public static func locateDirectory(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> String {
        if let dir = environment["ANSIM_SQL_DIR"], !dir.isEmpty { return dir }
        let fm = FileManager.default
        var candidates: [String] = []
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        candidates.append(dir.appendingPathComponent("../share/ansim/sql").standardized.path)
        while dir.path != "/" {
            if fm.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
                candidates.insert(dir.appendingPathComponent("sql").path, at: 0)
                break
            }
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(fm.currentDirectoryPath + "/sql")
        for c in candidates where fm.fileExists(atPath: c + "/001_base.sql") {
            return c
        }
        throw AnsimError(
            "cannot find Ansim's SQL migrations (looked in \(candidates.joined(separator: ", "))); set ANSIM_SQL_DIR"
        )
    }
}
