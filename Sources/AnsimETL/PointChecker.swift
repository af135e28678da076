import AnsimGeo
import Foundation

/// Checks and projects point coordinates in batches (DESIGN.md §4): (0,0) and points
/// outside the source's region are quarantined, lon/lat given the wrong way round in
/// a geographic CRS are swapped back (with a warning), and the rest are transformed
/// by PROJ straight from the source CRS into the target CRS (the same operation
/// PostGIS `ST_Transform` picks for that pair).
struct PointChecker {
    let source: CRS
    let region: Region
    let targetSRID: Int32
    private let toLonLat: CoordinateTransform?
    private let toTarget: CoordinateTransform?

    init(source: CRS, region: Region, targetSRID: Int32) throws {
        self.source = source
        self.region = region
        self.targetSRID = targetSRID
        toLonLat = source == .wgs84 ? nil : try CoordinateTransform(from: source, to: .wgs84)
        let target = CRS(epsg: Int(targetSRID))
        toTarget = target == source ? nil : try CoordinateTransform(from: source, to: target)
    }

    /// The outcome for one point.
    enum Outcome {
        case ok(x: Double, y: Double, swapped: Bool)
        case rejected(String)
    }

    /// Checks and projects a batch of source coordinates.
    func process(xs: [Double], ys: [Double]) throws -> [Outcome] {
        var lon = xs, lat = ys
        var sx = xs, sy = ys
        if let toLonLat { try toLonLat.transform(xs: &lon, ys: &lat) }
        var outcomes = [Outcome](repeating: .rejected(""), count: xs.count)
        var keep: [Int] = []
        for i in xs.indices {
            if xs[i] == 0 && ys[i] == 0 {
                outcomes[i] = .rejected("zero coordinates: (0, 0)")
            } else if !lon[i].isFinite || !lat[i].isFinite {
                outcomes[i] = .rejected(
                    "coordinates outside the CRS's domain: (\(xs[i]), \(ys[i])) in \(source)")
            } else if region.contains(lon: lon[i], lat: lat[i]) {
                keep.append(i)
            } else if toLonLat == nil && region.contains(lon: lat[i], lat: lon[i]) {
                swap(&lon[i], &lat[i])
                swap(&sx[i], &sy[i])
                outcomes[i] = .ok(x: 0, y: 0, swapped: true)
                keep.append(i)
            } else {
                outcomes[i] = .rejected(
                    "outside \(region.label): (\(Self.short(lon[i])), \(Self.short(lat[i])))")
            }
        }
        var kx = keep.map { sx[$0] }, ky = keep.map { sy[$0] }
        if let toTarget { try toTarget.transform(xs: &kx, ys: &ky) }
        for (j, i) in keep.enumerated() {
            var swapped = false
            if case .ok(_, _, let s) = outcomes[i] { swapped = s }
            outcomes[i] = .ok(x: kx[j], y: ky[j], swapped: swapped)
        }
        return outcomes
    }

    static func short(_ v: Double) -> String {
        String(format: "%.6f", v)
    }
}
