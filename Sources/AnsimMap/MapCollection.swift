import Foundation

/// A layer's GeoJSON FeatureCollection: the features as PostGIS wrote them, and what
/// the page needs to say about them (period, run, aggregation, synthetic input).
public struct MapCollection: Sendable {
    /// What the collection holds beyond its features (the `meta` member).
    public struct Meta: Codable, Sendable, Equatable {
        /// Features in the collection.
        public var features = 0
        /// Features that matched before any cut (equal to `features` unless truncated).
        public var matched = 0
        /// True when `limit` cut the features off.
        public var truncated = false
        /// True when points were turned into counts per cell.
        public var aggregated = false
        /// Cell size in metres of an aggregated layer.
        public var cell: Double?
        /// The period drawn (incidents), Asia/Seoul days, inclusive.
        public var from: String?
        public var to: String?
        /// Crime classes drawn (empty: all).
        public var classes: [String]?
        /// Events counted (incidents).
        public var events: Int?
        /// True when any input is synthetic (labelled on the page).
        public var synthetic = false
        /// The run drawn (hotspots, forecast) or the runs (patrol).
        public var run: MapRun?
        public var runs: [Int64]?
        /// Why the layer is empty, when it is for a reason (no run recorded).
        public var note: String?

        public init() {}
    }

    /// The layer.
    public var layer: MapLayer
    /// The features, a JSON array.
    public var features: String
    /// The metadata.
    public var meta: Meta

    /// A collection.
    public init(layer: MapLayer, features: String, meta: Meta) {
        self.layer = layer
        self.features = features
        self.meta = meta
    }

    /// An empty collection, with the reason.
    static func empty(_ layer: MapLayer, note: String, meta: Meta = Meta()) -> MapCollection {
        var meta = meta
        meta.note = note
        return MapCollection(layer: layer, features: "[]", meta: meta)
    }

    /// The GeoJSON text: `type`, `layer`, `crs` (EPSG:5179), `meta`, `features`.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let meta = String(decoding: try encoder.encode(meta), as: UTF8.self)
        return #"{"type":"FeatureCollection","layer":""# + layer.rawValue
            + #"","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::5179"}},"meta":"#
            + meta + #","features":"# + features + "}"
    }
}
