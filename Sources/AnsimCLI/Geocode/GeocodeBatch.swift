import AnsimETL
import AnsimGeocode
import AnsimGeocodeStore
import AnsimSupport
import Foundation

/// Geocodes a column of a delimited file and writes the file back with `lon,lat,precision`
/// appended (empty when unmatched).
enum GeocodeBatch {
    /// Runs the batch; returns the one-line summary (rows, match rate, speed).
    static func run(file: String, column: String, out: String?, geocoder: Geocoder, projection: GeocodeProjection)
        throws -> String
    {
        let reader = try DelimitedReader(path: file)
        guard let header = try reader.nextRecord() else { throw AnsimError("\(file): empty file") }
        let index = try columnIndex(column, header: header.fields, file: file)
        var rows: [[String]] = []
        while let record = try reader.nextRecord() { rows.append(record.fields) }
        let start = Date()
        let outcomes = rows.map { geocoder.geocode(index < $0.count ? $0[index] : "") }
        let seconds = Date().timeIntervalSince(start)
        let lonLats = try projection.lonLat(outcomes.map { $0.match?.point ?? GeocodePoint(0, 0) })
        var text = csvLine(header.fields + ["lon", "lat", "precision"])
        for (i, row) in rows.enumerated() {
            var extra = ["", "", ""]
            if let m = outcomes[i].match, let ll = lonLats[i] {
                extra = [String(format: "%.7f", ll.lon), String(format: "%.7f", ll.lat), m.precision.rawValue]
            }
            text += csvLine(row + extra)
        }
        if let out {
            try Data(text.utf8).write(to: URL(fileURLWithPath: out))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        let matched = outcomes.filter { $0.match != nil }.count
        var byPrecision: [String] = []
        for p in GeocodePrecision.allCases {
            let n = outcomes.filter { $0.match?.precision == p }.count
            if n > 0 { byPrecision.append("\(p.rawValue) \(n)") }
        }
        let rate = rows.isEmpty ? 0 : 100 * Double(matched) / Double(rows.count)
        return String(
            format: "%d addresses: %d matched (%.1f%%: %@), %d unmatched; %.0f addresses/s", rows.count, matched,
            rate, byPrecision.joined(separator: ", "), rows.count - matched,
            seconds > 0 ? Double(rows.count) / seconds : 0)
    }

    /// The index of `column` (a header name, or `$N`, 1-based).
    static func columnIndex(_ column: String, header: [String], file: String) throws -> Int {
        if column.hasPrefix("$"), let n = Int(column.dropFirst()), n >= 1 { return n - 1 }
        guard let i = header.firstIndex(of: column) else {
            throw AnsimError("\(file): no column \"\(column)\" (columns: \(header.joined(separator: ", ")))")
        }
        return i
    }

    /// One CSV line (RFC 4180 quoting where needed).
    static func csvLine(_ fields: [String]) -> String {
        fields.map { f in
            f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
        }.joined(separator: ",") + "\n"
    }
}
