import AnsimETL
import AnsimGeo
import AnsimRouting
import AnsimSupport
import Foundation

/// Reads a road file (juso, OSM or MOCT) into ``RoadLine``s in EPSG:5179, with GDAL
/// (``VectorSource``) for the file and PROJ (``CoordinateTransform``) for coordinates.
public struct RoadFileReader {
    /// What was read.
    public struct Result {
        /// The format read.
        public var format: RoadFormat
        /// The routable lines.
        public var lines: [RoadLine]
        /// Features skipped: no or unreadable geometry, or not a routable road.
        public var skipped: Int
    }

    /// Keep only lines with a vertex within `radius` metres of `center` (EPSG:5179), or nil.
    public var clip: (center: Point2, radius: Double)?

    /// Creates a reader.
    public init(clip: (center: Point2, radius: Double)? = nil) {
        self.clip = clip
    }

    /// Reads `path` as `format` (detected when nil).
    ///
    /// - Throws: when the file is missing, empty, unreadable, of another format, or holds
    ///   no routable line.
    public func read(path: String, format: RoadFormat? = nil) throws -> Result {
        let source = try VectorSource(path: path)
        defer { source.close() }
        let format = try format ?? RoadFormat.detect(path: path, source: source)
        let layer = try format.layer(in: source, path: path)
        guard let epsg = layer.epsg ?? (format == .osm ? 4326 : nil) else {
            throw AnsimError("\(path): layer \(layer.name) has no identifiable CRS (missing .prj?)")
        }
        let transform = epsg == 5179 ? nil : try CoordinateTransform(from: CRS(epsg: epsg), to: .utmK)
        var lines: [RoadLine] = []
        var skipped = 0
        let reader = try source.features(in: layer)
        while let feature = try reader.nextFeature() {
            guard let wkb = feature.wkb, let parts = LineWKB.lines(wkb),
                let template = Self.line(feature, format: format)
            else {
                skipped += 1
                continue
            }
            for part in parts where part.count >= 2 {
                var line = template
                line.points = try Self.project(part, transform)
                if let clip, !line.points.contains(where: { $0.distance(to: clip.center) <= clip.radius }) {
                    continue
                }
                lines.append(line)
            }
        }
        guard !lines.isEmpty else {
            throw AnsimError(
                "\(path): no routable road line in layer \(layer.name) (\(reader.count) features read, "
                    + "\(skipped) skipped)")
        }
        return Result(format: format, lines: lines, skipped: skipped)
    }

    private static func project(_ points: [Point2], _ transform: CoordinateTransform?) throws -> [Point2] {
        guard let transform else { return points }
        var xs = points.map(\.x)
        var ys = points.map(\.y)
        _ = try transform.transform(xs: &xs, ys: &ys)
        return zip(xs, ys).map { Point2($0, $1) }
    }

    /// The attributes of a feature as a line without points, or nil when it is not a
    /// routable road.
    static func line(_ f: VectorFeature, format: RoadFormat) -> RoadLine? {
        func number(_ name: String) -> Double? {
            f[name].flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        }
        switch format {
        case .juso:
            let cls = f["ROA_CLS_SE"]?.trimmingCharacters(in: .whitespaces) ?? "4"
            return RoadLine(
                points: [], name: f["RN"], roadClass: cls,
                speeds: SpeedTable.juso(roadClass: cls, width: number("ROAD_BT")),
                sourceKey: f["RDS_MAN_NO"] ?? String(f.fid), gradeSeparated: cls == "1")
        case .osm:
            guard let highway = f["highway"] else { return nil }
            let tags = OSMTags.parse(f["other_tags"])
            guard let speeds = SpeedTable.osm(highway: highway, tags: tags) else { return nil }
            return RoadLine(
                points: [], name: f["name"], roadClass: highway, speeds: speeds,
                oneWay: SpeedTable.osmOneWay(highway: highway, tags: tags),
                sourceKey: f["osm_id"] ?? String(f.fid))
        case .moct:
            let rank = f["ROAD_RANK"]?.trimmingCharacters(in: .whitespaces) ?? "108"
            guard let from = f["F_NODE"], let to = f["T_NODE"] else { return nil }
            return RoadLine(
                points: [], name: f["ROAD_NAME"], roadClass: rank,
                speeds: SpeedTable.moct(rank: rank, maxSpeed: number("MAX_SPD")), oneWay: .forward,
                sourceKey: f["LINK_ID"] ?? String(f.fid), fromNode: from, toNode: to)
        }
    }
}
