import AnsimETL
import AnsimGeocodeStore
import AnsimStore
import ArgumentParser
import Foundation

/// `ansim etl load`.
struct ETLLoad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load one file (CSV/TSV, GeoJSON, Shapefile, zipped Shapefile, GeoPackage, OSM).",
        discussion: """
            The source definition is found from the file's path, else from its header, else \
            from --kind (the kind's standard schema). The encoding is detected (UTF-8, UTF-8 \
            with BOM, CP949/EUC-KR) unless --encoding says; the CRS comes from the file (.prj), \
            else the definition, else --crs.

            With --json, prints {"source", "file", "rows_read", "rows_loaded", \
            "rows_quarantined", "rows_duplicate", "seconds"} plus run_id, status, \
            rows_unchanged, rows_removed, encoding, crs, file_sha256, warnings and \
            quarantine_reasons.

            With --geocode, CCTV and risk-site rows that have an address and no coordinates \
            are located by the offline geocoder (the road-name-address map and boundaries \
            already loaded: docs/GEOCODE.md) and loaded with geocode_precision set (interval, \
            road, beopjeongdong, hangjeongdong); rows it cannot locate stay quarantined with \
            its reason. Without it they are quarantined as "missing coordinates".
            """
    )

    @Argument(help: "The file to load.")
    var path: String

    @Option(help: "What the file holds (see `ansim etl --help`).")
    var kind: String?

    @Option(help: "The id of the source definition to use (see `ansim etl sources`).")
    var source: String?

    @Option(help: "The file's encoding: utf-8, utf-8-sig or cp949 (euc-kr).")
    var encoding: String?

    @Option(help: "The CRS of the coordinates, e.g. EPSG:5174.")
    var crs: String?

    @Flag(help: "Geocode rows that have an address and no coordinates (cctv, risk sites).")
    var geocode = false

    @Flag(help: "Print the result as JSON.")
    var json = false

    func run() throws {
        let context = try ETLContext.open()
        var options = LoadOptions(
            kind: try kind.map { try SourceKind(argument: $0) }, sourceID: source,
            encoding: try encoding.map { try TextEncoding(name: $0) }, crs: crs,
            progress: json ? nil : ProgressLine.reporter(URL(fileURLWithPath: path).lastPathComponent))
        if geocode { options.geocoder = try ETLGeocoder(on: context.connection) }
        let report = try context.loader.load(path, options: options)
        ProgressLine.clear()
        if json {
            try printJSON(report)
        } else {
            ETLLoad.show(report)
        }
    }

    static func show(_ report: LoadReport) {
        print(report.summary)
        for w in report.warnings { print("  warning: \(w)") }
        for r in report.quarantineReasons { print("  quarantined: \(r.rows) × \(r.reason)") }
    }
}
