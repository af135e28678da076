import AnsimGeo
import AnsimRouting
import Foundation

/// The incident-time lookup, in memory: arrays in (``LookupLayers``, fixes), a
/// ``LookupResult`` out. Many lookups run at once under a read lock; new fixes and
/// refreshed layers are applied under the write lock for the moment they take.
///
/// ```swift
/// let engine = LookupEngine(layers: layers, fixes: fixes)
/// let result = try engine.lookup(LookupQuery(x: 958_243, y: 1_944_398, time: now, code: 1, incidentClass: "성폭력"))
/// ```
public final class LookupEngine: @unchecked Sendable {
    let lock = RWLock()
    var layers: LookupLayers
    var fixes = FixIndex()
    let toLonLat: CoordinateTransform
    /// Dense per-wearer tables for concurrent lookups to borrow.
    let scratch = ScratchPool()
    /// Set while one caller rebuilds the main fix grid.
    let rebuilding = OnceAtATime()

    /// Radius for past incidents and calls (metres).
    public static let historyRadius = 100.0
    /// Days of history counted.
    public static let historyDays = 365
    /// Budgets of the escape routes (minutes).
    public static let reachMinutes = [1, 3, 5]
    /// Responders listed in the guidance.
    public static let responderCount = 5

    /// An engine over `layers` and `fixes`.
    public init(layers: LookupLayers = LookupLayers(), fixes: [GPSFix] = []) throws {
        self.layers = layers
        self.toLonLat = try CoordinateTransform(from: .utmK, to: .wgs84)
        self.fixes.insert(fixes)
        self.fixes.rebuildGrid()
    }

    /// Adds fixes (duplicates ignored, out-of-order placed in time); returns the new ones.
    ///
    /// When the main fix grid has fallen behind, it is rebuilt here **off the lock** from a
    /// snapshot of the fixes (lookups go on meanwhile, reading the delta grid) and swapped
    /// in under the write lock; one caller rebuilds at a time.
    @discardableResult
    public func insert(fixes new: [GPSFix]) -> Int {
        let (added, stale) = lock.write { (fixes.insert(new, deferMainRebuild: true), fixes.mainGridIsStale) }
        if stale, rebuilding.start() {
            defer { rebuilding.end() }
            let (source, rows) = lock.read { (fixes.gridSource, fixes.count) }
            let grid = FixGrid(rows: 0..<rows, xs: source.xs, ys: source.ys, time: source.time, person: source.person)
            lock.write { fixes.installMainGrid(grid, upTo: rows) }
        }
        return added
    }

    /// The number of fixes held.
    public var fixCount: Int { lock.read { fixes.count } }

    /// Counts of what the engine holds, for logs and metrics.
    public var summary: [String: Int] {
        lock.read {
            [
                "persons": layers.persons.count, "fixes": fixes.count, "offenders": layers.offenders.items.count,
                "cameras": layers.cameras.items.count, "incidents": layers.incidents.items.count,
                "calls": layers.calls.items.count, "responders": layers.responders.items.count,
                "graph_edges": layers.roads?.graph.network.edges.count ?? 0,
            ]
        }
    }

    /// Replaces layers: `change` edits a copy, which is swapped in under the write lock.
    public func replace(_ change: (inout LookupLayers) -> Void) {
        var copy = lock.read { layers }
        change(&copy)
        lock.write { layers = copy }
    }

    /// A wearer's id by device tag (for ingestion), if known.
    public func person(tag: String) -> Int64? {
        lock.read { layers.tags[tag] }
    }

    /// Runs one lookup. The query must have been validated (``LookupQuery/validate(now:)``).
    public func lookup(_ q: LookupQuery) throws -> LookupResult {
        try lock.read {
            var out = LonLatBatch()
            let scenePoint = out.add(q.x, q.y)
            let persons = monitoredPersons(q, &out)
            let offenders = registeredOffenders(q, &out)
            let cameras = coveringCameras(q, &out)
            let routes = q.includeReach ? escapeRoutes(q, &out) : nil
            let history = pastIncidents(q)
            let responders = nearestResponders(q, &out)
            let lonLat = try out.resolve(toLonLat)
            let scene = LookupScene(
                lon: lonLat[scenePoint].lon, lat: lonLat[scenePoint].lat, x: q.x, y: q.y,
                time: ISOTime.format(q.time), code: q.code, incidentClass: q.incidentClass, radiusM: q.radius,
                minutes: q.minutes, limit: q.limit)
            return LookupResult(
                scene: scene, monitoredPersons: persons.map { $0(lonLat) },
                registeredOffenders: offenders.list.map { $0(lonLat) }, cameras: cameras.map { $0(lonLat) },
                escapeRoutes: routes.map { $0(lonLat) }, pastIncidents: history,
                guidance: Guidance(
                    responders: responders.map { $0(lonLat) },
                    steps: GuidanceBook.steps(incidentClass: q.incidentClass, code: q.code)),
                synthetic: layers.synthetic, registeredOffendersTotal: offenders.total)
        }
    }
}

/// A flag that one caller at a time may hold.
final class OnceAtATime: @unchecked Sendable {
    private let lock = NSLock()
    private var held = false

    /// Takes the flag; false when another caller holds it.
    func start() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if held { return false }
        held = true
        return true
    }

    /// Gives the flag back.
    func end() {
        lock.lock()
        held = false
        lock.unlock()
    }
}

/// Tables of `Int32` set to -1, lent to one lookup at a time and given back as -1.
final class ScratchPool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [[Int32]] = []

    /// A table of at least `count` entries, all -1.
    func take(count: Int) -> [Int32] {
        lock.lock()
        var t = free.popLast() ?? []
        lock.unlock()
        if t.count < count { t = [Int32](repeating: -1, count: count) }
        return t
    }

    /// Returns a table whose entries are all -1 again.
    func give(_ t: [Int32]) {
        lock.lock()
        if free.count < 16 { free.append(t) }
        lock.unlock()
    }
}

/// Output points gathered during a lookup and transformed to lon/lat in one PROJ call.
struct LonLatBatch {
    var xs: [Double] = []
    var ys: [Double] = []

    mutating func add(_ x: Double, _ y: Double) -> Int {
        xs.append(x)
        ys.append(y)
        return xs.count - 1
    }

    func resolve(_ t: CoordinateTransform) throws -> [(lon: Double, lat: Double)] {
        var x = xs
        var y = ys
        try t.transform(xs: &x, ys: &y)
        return zip(x, y).map { (Self.round($0), Self.round($1)) }
    }

    static func round(_ v: Double) -> Double { (v * 1e7).rounded() / 1e7 }
}

/// A part of the result waiting for its lon/lat.
typealias Pending<T> = ([(lon: Double, lat: Double)]) -> T
