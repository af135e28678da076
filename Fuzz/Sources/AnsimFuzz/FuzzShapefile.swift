import Foundation

/// Shapefiles: the .shp and .shx headers and records and the DBF header and records,
/// through ``VectorSource`` — ``VectorInput``'s part checks, GDAL's shapefile driver,
/// ``AttributeEncoding`` (the `SOURCE_ENCODING`/LDID metadata and the raw-bytes UTF-8
/// test with its re-opens as CP949) and ``VectorFeatureReader``.
///
/// One input holds the three files: a little-endian `UInt32` length of the .shp, one
/// of the .shx, the .shp bytes, the .shx bytes, and the .dbf as the rest. Lengths past
/// the end are cut short, so every input is a (possibly broken) shapefile.
enum FuzzShapefile {
    /// Splits `bytes` into .shp, .shx and .dbf and reads them as one shapefile.
    static func run(_ bytes: [UInt8]) {
        let parts = split(bytes)
        FuzzFiles.with([("shp", parts.shp), ("shx", parts.shx), ("dbf", parts.dbf)]) { stem in
            FuzzVector.readAll("\(stem).shp")
        }
    }

    /// The three files of one input (see the type's description for the layout).
    static func split(_ bytes: [UInt8]) -> (shp: [UInt8], shx: [UInt8], dbf: [UInt8]) {
        func length(at offset: Int) -> Int {
            guard bytes.count >= offset + 4 else { return 0 }
            return (0..<4).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        var rest = ArraySlice(bytes.dropFirst(8))
        let shp = Array(rest.prefix(length(at: 0)))
        rest = rest.dropFirst(shp.count)
        let shx = Array(rest.prefix(length(at: 4)))
        return (shp, shx, Array(rest.dropFirst(shx.count)))
    }
}
