import Foundation
import Hummingbird

/// The query parameters of `GET /map/layers/{layer}`, checked (a bad value is a 400).
///
/// | parameter | meaning |
/// | --- | --- |
/// | `from`, `to` | Asia/Seoul days `YYYY-MM-DD`, both inclusive (incidents; runs whose window ends by `to`) |
/// | `class` | crime classes, comma-separated (incidents) |
/// | `bbox` | `minx,miny,maxx,maxy` in EPSG:5179 metres |
/// | `run` | an analytics_run id (hotspots, forecast, patrol); default the latest |
/// | `cell` | incident (and aggregated CCTV) cell size in metres, 50 … 5000 |
/// | `limit` | most features before points are aggregated or cells cut off |
public struct MapFilter: Sendable, Equatable {
    /// First day, inclusive.
    public var from: String?
    /// Last day, inclusive.
    public var to: String?
    /// Crime classes; empty means all.
    public var classes: [String] = []
    /// View rectangle in EPSG:5179 metres: minX, minY, maxX, maxY.
    public var bbox: [Double]?
    /// A chosen run.
    public var run: Int64?
    /// Cell size in metres (at least 50: no incident leaves the server as a point).
    public var cell: Double = 100
    /// Most features.
    public var limit: Int = 5000

    /// The smallest cell: aggregating incidents to 50 m keeps exact places private.
    public static let minimumCell = 50.0

    /// An empty filter.
    public init() {}

    /// Reads and checks `parameters`.
    public init(parameters: [String: String]) throws {
        func bad(_ message: String) -> HTTPError { HTTPError(.badRequest, message: message) }
        for key in parameters.keys where !["from", "to", "class", "bbox", "run", "cell", "limit"].contains(key) {
            throw bad("unknown parameter \(key) (from, to, class, bbox, run, cell, limit)")
        }
        for key in ["from", "to"] {
            guard let value = parameters[key], !value.isEmpty else { continue }
            guard Self.isDay(value) else { throw bad("\(key) must be a day YYYY-MM-DD, not \(value)") }
            if key == "from" { from = value } else { to = value }
        }
        if let from, let to, from > to { throw bad("from (\(from)) is after to (\(to))") }
        if let text = parameters["class"], !text.isEmpty {
            classes = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            guard classes.count <= 30, classes.allSatisfy({ $0.count <= 40 }) else {
                throw bad("class takes at most 30 names of at most 40 characters")
            }
        }
        if let text = parameters["bbox"], !text.isEmpty {
            let v = text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard v.count == 4, v.allSatisfy(\.isFinite), v[0] < v[2], v[1] < v[3] else {
                throw bad("bbox must be minx,miny,maxx,maxy in EPSG:5179 metres")
            }
            guard v[2] - v[0] <= 500_000, v[3] - v[1] <= 500_000 else { throw bad("bbox is larger than 500 km") }
            bbox = v
        }
        if let text = parameters["run"], !text.isEmpty {
            guard let id = Int64(text), id > 0 else { throw bad("run must be an analytics_run id") }
            run = id
        }
        if let text = parameters["cell"], !text.isEmpty {
            guard let c = Double(text), c >= Self.minimumCell, c <= 5000 else {
                throw bad("cell must be between 50 and 5000 metres")
            }
            cell = c
        }
        if let text = parameters["limit"], !text.isEmpty {
            guard let n = Int(text), n >= 1, n <= 50_000 else { throw bad("limit must be 1 … 50000") }
            limit = n
        }
    }

    /// The request's query parameters, checked.
    public init(request: Request) throws {
        var parameters: [String: String] = [:]
        for (key, value) in request.uri.queryParameters {
            parameters[String(key)] = String(value)
        }
        try self.init(parameters: parameters)
    }

    /// Whether `text` is a real calendar day `YYYY-MM-DD`.
    static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1900...2999).contains(y), (1...12).contains(m), d >= 1
        else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return d <= days
    }

    /// The bbox as PostGIS text (`ST_MakeEnvelope` arguments), or nil.
    var bboxText: String? {
        bbox.map { $0.map { String($0) }.joined(separator: ",") }
    }
}
