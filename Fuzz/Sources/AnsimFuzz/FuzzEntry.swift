import Foundation

/// libFuzzer's entry point: runs the parser that `ANSIM_FUZZ_TARGET` names on one input.
///
/// Thrown Swift errors are the parsers' correct answer to bad input, so every target
/// catches them; what libFuzzer reports — traps, AddressSanitizer findings, timeouts,
/// running out of memory, leaks — are the crashes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTarget.selected.run(bytes)
    return 0
}

/// The parsers of outside input, one per `ANSIM_FUZZ_TARGET` value.
enum FuzzTarget: String, CaseIterable {
    case csv, geojson, shapefile, wkb, address, api

    /// The target named by `ANSIM_FUZZ_TARGET`; exits with a usage message otherwise.
    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["ANSIM_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("set ANSIM_FUZZ_TARGET=\(names) (got \"\(name)\")\n".utf8))
            exit(2)
        }
        return target
    }()

    /// Feeds `bytes` to the target's parser.
    func run(_ bytes: [UInt8]) {
        switch self {
        case .csv: FuzzCSV.run(bytes)
        case .geojson: FuzzGeoJSON.run(bytes)
        case .shapefile: FuzzShapefile.run(bytes)
        case .wkb: FuzzWKB.run(bytes)
        case .address: FuzzAddress.run(bytes)
        case .api: FuzzAPI.run(bytes)
        }
    }
}
