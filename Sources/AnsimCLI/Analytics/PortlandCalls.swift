import AnsimAnalytics
import AnsimETL
import AnsimGeo
import AnsimSupport
import Foundation

/// The Portland NIJ calls for service as forecast events (metres, EPSG:26910; dates).
enum PortlandCalls {
    static let files = ["080116_083116_Data.zip", "090116_093016_Data.zip"]

    static func load(folder: String?, category: String) throws -> ForecastEvents {
        let base = folder ?? ProcessInfo.processInfo.environment["ANSIM_DATA"] ?? "../shared/data"
        let wanted: String? =
            switch category.lowercased() {
            case "all": nil
            case "burglary": "BURGLARY"
            case "street", "street crimes": "STREET CRIMES"
            case "auto", "vehicle", "motor vehicle theft": "MOTOR VEHICLE THEFT"
            default: category.uppercased()
            }
        var xs: [Double] = []
        var ys: [Double] = []
        var ts: [Double] = []
        for file in files {
            let path = "\(base)/us_calls_for_service/portland_nij/\(file)"
            let source = try VectorSource(path: path)
            for feature in try source.features() {
                guard let wkb = feature.wkb, let (x, y) = (try? Geometry(wkb: wkb))?.point, x.isFinite,
                    y.isFinite, abs(x) < 1e12, abs(y) < 1e12
                else { continue }
                if let wanted, feature["CATEGORY"]?.uppercased() != wanted { continue }
                let date = (feature["occ_date"] ?? "").replacingOccurrences(of: "/", with: "-")
                guard let t = ForecastTime.parse(date), t.dateOnly else {
                    throw AnsimError("\(path): feature \(feature.index): occ_date \"\(date)\" is not a date")
                }
                xs.append(x)
                ys.append(y)
                ts.append(t.days)
            }
            source.close()
        }
        guard !xs.isEmpty else { throw AnsimError("\(base): no Portland calls of category \(category)") }
        try CoordinateTransform(from: CRS(epsg: 2913), to: CRS(epsg: 26910)).transform(xs: &xs, ys: &ys)
        let keep = xs.indices.filter { xs[$0].isFinite && ys[$0].isFinite }
        return try ForecastEvents(
            xs: keep.map { xs[$0] }, ys: keep.map { ys[$0] }, ts: keep.map { ts[$0] }, resolution: 1)
    }
}
