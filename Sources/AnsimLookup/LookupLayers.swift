import AnsimRouting

/// Everything the lookup reads except the fixes: wearers, offenders, cameras, past
/// incidents and calls, responders and the road graph, each with its index. Built off
/// the lock, swapped in whole or by layer (``LookupEngine/replace(_:)``).
public struct LookupLayers: Sendable {
    /// Wearers by id (set with ``setPersons(_:)``).
    public private(set) var persons: [Int64: MonitoredPerson] = [:]
    /// Wearer ids by device tag.
    public private(set) var tags: [String: Int64] = [:]
    /// Wearers' restrictions, parsed once from their JSON text (``setPersons(_:)``).
    public private(set) var restrictions: [Int64: [String: String]] = [:]
    /// True when the data loaded are synthetic (every response says so).
    public var synthetic = false
    public var offenders: Indexed<RegisteredOffender> = Indexed([], cell: 200, position: { ($0.x, $0.y) }) {
        didSet { offenderClasses = OffenderClasses(offenders.items) }
    }
    /// Each offender's offence class as a small code (the ranking reads these, not the records).
    public private(set) var offenderClasses = OffenderClasses([])
    public var cameras = Indexed<Camera>([], cell: 100) { ($0.x, $0.y) }
    public var incidents = Indexed<PastEvent>([], cell: 100) { ($0.x, $0.y) }
    public var calls = Indexed<PastEvent>([], cell: 100) { ($0.x, $0.y) }
    public var responders = Indexed<Responder>([], cell: 1_000) { ($0.x, $0.y) }
    /// The road graph and, per mode, cameras by the edge they stand on.
    public var roads: RoadLayer?

    /// Empty layers.
    public init() {}

    /// Sets the wearers.
    public mutating func setPersons(_ list: [MonitoredPerson]) {
        persons = Dictionary(list.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        tags = Dictionary(list.map { ($0.tagID, $0.id) }, uniquingKeysWith: { a, _ in a })
        restrictions = persons.mapValues { LookupEngine.restrictions($0.restrictions) }
    }
}

/// The offenders' offence classes interned: `codes[i]` indexes `names`.
public struct OffenderClasses: Sendable {
    public let names: [String]
    public let codes: [UInt16]

    init(_ offenders: [RegisteredOffender]) {
        var index: [String: UInt16] = [:]
        var names: [String] = []
        codes = offenders.map { o in
            if let c = index[o.offenceClass] { return c }
            let c = UInt16(truncatingIfNeeded: names.count)
            index[o.offenceClass] = c
            names.append(o.offenceClass)
            return c
        }
        self.names = names
    }
}

/// The road graph with the cameras snapped to its edges.
public struct RoadLayer: Sendable {
    public let graph: RoadGraph
    /// Per mode (``TravelMode/index``), the cameras (index into the camera layer) within
    /// ``cameraSnapLimit`` of an edge of that mode, where they snap, by edge.
    let camerasByEdge: [[SnappedCamera]]
    /// A camera snapped to an edge.
    struct SnappedCamera: Sendable {
        var camera: Int32
        var point: SnappedPoint
    }

    /// How far from a road a camera may stand and still watch it (metres).
    public static let cameraSnapLimit = 30.0

    /// Snaps every camera to the nearest edge of each mode.
    public init(graph: RoadGraph, cameras: [Camera]) {
        self.graph = graph
        camerasByEdge = TravelMode.allCases.sorted { $0.index < $1.index }.map { mode in
            var list: [SnappedCamera] = []
            for (i, c) in cameras.enumerated() {
                guard let s = graph.snapIfNear(x: c.x, y: c.y, mode: mode, limit: Self.cameraSnapLimit) else {
                    continue
                }
                list.append(SnappedCamera(camera: Int32(i), point: s))
            }
            return list.sorted { ($0.point.edge, $0.camera) < ($1.point.edge, $1.camera) }
        }
    }
}
