import AnsimGeo
import AnsimStore

/// Streams mapped records into the staging table, point rows in batches so that
/// coordinates are checked and projected many at a time.
final class StageWriter {
    let target: Target
    let mapper: RecordMapper
    let points: PointChecker?
    let shapeSRID: Int32?
    let warnings: LoadWarnings
    let geocoder: (any AddressGeocoding)?
    /// Positions (in the mapped values) of the target's address fields, for the geocoder.
    private let addressFields: [Int]
    private(set) var rowsRead = 0
    private var pending: [(record: SourceRecord, values: [String?], key: String, x: Double, y: Double)] = []
    static let batchSize = 8192

    init(
        target: Target, mapper: RecordMapper, points: PointChecker?, shapeSRID: Int32?, warnings: LoadWarnings,
        geocoder: (any AddressGeocoding)? = nil
    ) {
        self.target = target
        self.mapper = mapper
        self.points = points
        self.shapeSRID = shapeSRID
        self.warnings = warnings
        self.geocoder = geocoder
        let staged = target.stagedColumns.map(\.name)
        addressFields = target.geocodeFrom.compactMap { staged.firstIndex(of: $0) }
    }

    func add(_ record: SourceRecord, to w: inout BinaryCopyWriter) throws {
        rowsRead += 1
        switch mapper.map(record) {
        case .quarantine(let reason):
            try write(record, reason: reason, to: &w)
        case .row(let values, let key, let x, let y, let wkb):
            switch target.geometry {
            case .none:
                try write(record, values: values, key: key, to: &w)
            case .point:
                var px = x, py = y
                if px == nil, let wkb {
                    guard let p = try? Geometry(wkb: wkb).point else {
                        return try write(record, reason: "the feature is not a point", to: &w)
                    }
                    (px, py) = (p.x, p.y)
                }
                guard let px, let py else {
                    if let geocoder { return try geocode(record, values, key, geocoder, to: &w) }
                    return try write(record, reason: "missing coordinates", to: &w)
                }
                pending.append((record, values, key, px, py))
                if pending.count >= StageWriter.batchSize { try flush(to: &w) }
            case .shape(_, let dimension, _):
                if let reason = Self.checkShape(wkb, dimension: dimension) {
                    return try write(record, reason: reason, to: &w)
                }
                try write(record, values: values, key: key, wkb: wkb, to: &w)
            }
        }
    }

    /// Locates a row without coordinates from its address: loaded with the geocoder's
    /// point and precision, or quarantined with the geocoder's reason.
    private func geocode(
        _ record: SourceRecord, _ values: [String?], _ key: String, _ geocoder: any AddressGeocoding,
        to w: inout BinaryCopyWriter
    ) throws {
        guard case .point(let srid) = target.geometry, srid == 5179 else {
            return try write(record, reason: "missing coordinates", to: &w)
        }
        guard let address = addressFields.lazy.compactMap({ values[$0] }).first(where: { !$0.isEmpty }) else {
            return try write(record, reason: "missing coordinates (and no address to geocode)", to: &w)
        }
        switch geocoder.locate(address) {
        case .found(let x, let y, let precision):
            warnings.add("no coordinates: geocoded from the address (\(precision))", row: record.number, example: address)
            try write(record, values: values, key: key, x: x, y: y, geocoded: precision, to: &w)
        case .notFound(let reason):
            try write(record, reason: "missing coordinates; address not geocoded: \(reason)", to: &w)
        }
    }

    /// Checks a feature's geometry with GEOS before PostGIS sees it.
    static func checkShape(_ wkb: [UInt8]?, dimension: Int) -> String? {
        guard let wkb else { return "the feature has no geometry" }
        guard let g = try? Geometry(wkb: wkb) else { return "unreadable geometry" }
        if g.isEmpty { return "empty geometry" }
        let type = g.typeName
        let fits = dimension == 2 ? type.hasSuffix("Polygon") : type.hasSuffix("LineString")
        return fits ? nil : "expected a \(dimension == 2 ? "polygon" : "line"), found \(type)"
    }

    /// Checks and writes the pending point rows.
    func flush(to w: inout BinaryCopyWriter) throws {
        guard let points, !pending.isEmpty else { return }
        let outcomes = try points.process(xs: pending.map(\.x), ys: pending.map(\.y))
        for (item, outcome) in zip(pending, outcomes) {
            switch outcome {
            case .rejected(let reason):
                try write(item.record, reason: reason, to: &w)
            case .ok(let x, let y, let swapped):
                if swapped {
                    warnings.add(
                        "longitude and latitude swapped; fixed", row: item.record.number,
                        example: "(\(item.x), \(item.y))")
                }
                try write(item.record, values: item.values, key: item.key, x: x, y: y, to: &w)
            }
        }
        pending.removeAll(keepingCapacity: true)
    }

    private func write(_ record: SourceRecord, reason: String, to w: inout BinaryCopyWriter) throws {
        w.append(int64: Int64(record.number))
        w.append(text: reason)
        w.append(text: record.raw)
        for _ in 0..<(6 + target.stagedColumns.count) { w.appendNull() }
        try w.endRow()
    }

    private func write(
        _ record: SourceRecord, values: [String?], key: String, x: Double? = nil, y: Double? = nil,
        wkb: [UInt8]? = nil, geocoded: String? = nil, to w: inout BinaryCopyWriter
    ) throws {
        w.append(int64: Int64(record.number))
        w.appendNull()
        w.appendNull()
        w.append(text: key)
        if let x, let y {
            w.append(float8: x)
            w.append(float8: y)
        } else {
            w.appendNull()
            w.appendNull()
        }
        if let wkb, let shapeSRID {
            w.append(bytes: wkb)
            w.append(int32: shapeSRID)
        } else {
            w.appendNull()
            w.appendNull()
        }
        w.append(text: geocoded)
        for v in values { w.append(text: v) }
        try w.endRow()
    }
}
