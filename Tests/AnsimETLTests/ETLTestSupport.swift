import AnsimETL
import AnsimStore
import AnsimTestSupport
import Foundation

/// A loader on a fresh, migrated scratch database, with the repository's source definitions.
struct ETLFixture {
    let database: String
    let connection: Connection
    let loader: Loader

    init(_ prefix: String) throws {
        (database, connection) = try TestDatabase.migratedScratch(prefix)
        let catalog = try SourceCatalog(folder: TestEnvironment.repositoryRoot + "/data/sources")
        loader = Loader(
            connection: connection, catalog: catalog, dataFolder: TestEnvironment.dataDirectory,
            version: "test")
    }

    func drop() { TestDatabase.dropScratch(database) }

    func count(_ sql: String, _ parameters: [any PostgresEncodable] = []) throws -> Int {
        try connection.query(sql, parameters, purpose: "count")[0].decode(Int.self, at: 0)
    }

    /// The counts of a report add up to the rows read.
    static func addsUp(_ r: LoadReport) -> Bool {
        r.rowsRead == r.rowsLoaded + r.rowsUnchanged + r.rowsQuarantined + r.rowsDuplicate
    }
}
