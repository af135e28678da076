import AnsimGeocode
import AnsimGeocodeStore
import ArgumentParser
import Foundation

/// `ansim geocode "ADDRESS"` and `ansim geocode --file in.csv --column C --out out.csv`.
struct GeocodeAddress: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "address",
        abstract: "Geocode one address (prints JSON) or a CSV column (appends lon,lat,precision).")

    @Argument(help: "The address, e.g. \"서울특별시 강남구 학동로 156\".") var address: String?
    @Option(help: "A CSV/TSV file to geocode (UTF-8 or CP949).") var file: String?
    @Option(help: "The address column: a header name, or $N for the N-th column.") var column = "address"
    @Option(help: "Where to write the file with lon,lat,precision appended (default: standard output).")
    var out: String?
    @Option(help: "Distance of a building's point from the road centreline (metres).") var offset = 6.0

    func validate() throws {
        if (address == nil) == (file == nil) { throw ValidationError("give an address or --file, not both") }
    }

    func run() throws {
        let geocoder = try GeocodeCommand.geocoder(offset: offset)
        let projection = try GeocodeProjection()
        if let address {
            let outcome = geocoder.geocode(address)
            let lonLat = try outcome.match.flatMap { try projection.lonLat([$0.point])[0] }
            try GeocodeCommand.printJSON(GeocodeCommand.json(outcome, lonLat: lonLat))
            if outcome.match == nil { throw ExitCode(1) }
            return
        }
        let summary = try GeocodeBatch.run(
            file: file!, column: column, out: out, geocoder: geocoder, projection: projection)
        FileHandle.standardError.write(Data((summary + "\n").utf8))
    }
}
