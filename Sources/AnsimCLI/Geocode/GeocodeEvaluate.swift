import AnsimETL
import AnsimGeocode
import AnsimGeocodeStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim geocode evaluate`: match rate, error against recorded coordinates, throughput.
struct GeocodeEvaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Geocode an address list with known coordinates; report match rate, errors and speed.",
        discussion: """
            Default: the 강남구 CCTV file (national standard schema), column 소재지도로명주소, \
            coordinates 경도/위도. Errors are distances in EPSG:5179 between the geocoded \
            point and the recorded one. Throughput is forward geocoding alone (parse, \
            look-up, interpolation), single thread, repeated for at least a second.

            EXAMPLES
              ansim geocode evaluate
              ansim geocode evaluate --file ../shared/data/risk_factors/seoul_entertainment_bars_ando2021.csv \\
                  --header-rows 0 --column '$2' --lon '$8' --lat '$9' --contains 강남구
            """)

    @Option(help: "The address list (default: $ANSIM_DATA/cctv/gangnam_cctv_standard_20190312.csv).")
    var file: String?
    @Option(help: "Address column (header name or $N).") var column = "소재지도로명주소"
    @Option(help: "Longitude column (header name or $N).") var lon = "경도"
    @Option(help: "Latitude column (header name or $N).") var lat = "위도"
    @Option(help: "Header lines before the data (0 or 1).") var headerRows = 1
    @Option(help: "Keep only rows whose address contains this text.") var contains: String?
    @Option(help: "Distance of a building's point from the road centreline (metres).") var offset = 6.0
    @Option(help: "Print the N largest errors.") var worst = 0
    @Flag(help: "Print the report as JSON.") var json = false

    func run() throws {
        let path =
            file ?? (ProcessInfo.processInfo.environment["ANSIM_DATA"] ?? "../shared/data")
            + "/cctv/gangnam_cctv_standard_20190312.csv"
        let reader = try DelimitedReader(path: path)
        var header: [String] = []
        if headerRows > 0, let h = try reader.nextRecord() { header = h.fields }
        let columns = try [column, lon, lat].map { try GeocodeBatch.columnIndex($0, header: header, file: path) }
        var cases: [GeocodeCase] = []
        while let r = try reader.nextRecord() {
            guard columns.allSatisfy({ $0 < r.fields.count }) else { continue }
            let address = r.fields[columns[0]]
            if let contains, !address.contains(contains) { continue }
            guard let x = Double(r.fields[columns[1]]), let y = Double(r.fields[columns[2]]),
                !address.trimmingCharacters(in: .whitespaces).isEmpty
            else { continue }
            cases.append(GeocodeCase(line: r.line, address: address, lon: x, lat: y))
        }
        guard !cases.isEmpty else { throw AnsimError("\(path): no rows with an address and coordinates") }
        let geocoder = try GeocodeCommand.geocoder(offset: offset)
        let report = try GeocodeEvaluation.run(cases, geocoder: geocoder, projection: try GeocodeProjection())
        if json {
            try GeocodeCommand.printJSON(report.json(file: path))
        } else {
            print(report.text(file: path, worst: worst))
        }
    }
}
