import AnsimGeocode
import AnsimGeocodeStore
import AnsimLookup
import AnsimStore
import Foundation
import Synchronization

/// The lookup engine kept warm from PostGIS: ``load()`` reads every layer once;
/// ``refresh(_:)`` re-reads the tables named by change notifications (fixes: only those
/// received since the last read). Reads run as `ansim_dispatcher` on a connection of
/// their own.
public final class LookupStore: Sendable {
    /// The engine lookups run on.
    public let engine: LookupEngine
    let settings: ConnectionSettings
    let graphName: String?
    let database: String?
    /// The agency whose partitions the engine holds (nil: every agency).
    public let agency: String?
    let watermark = Mutex<Int64?>(nil)
    let connection = Mutex<Connection?>(nil)
    let addresses = Mutex<Geocoder?>(nil)

    /// A store over the database `settings` reach (or `database` on that server); `graph`
    /// names the road graph (newest when nil).
    ///
    /// With `agency`, the engine holds that agency's partitions only: its CCTV, past
    /// incidents and calls, police boxes and their units (the agency-keyed tables, read
    /// with `agency = …`, so on a sharded coordinator only that agency's shard is read
    /// and another shard's outage does not stop it). Wearers, their fixes and
    /// registered offenders are national registries without an agency and are read
    /// whole. ``load()`` refuses an agency without police organisations in the database.
    public init(settings: ConnectionSettings, database: String? = nil, graph: String? = nil, agency: String? = nil)
        throws
    {
        self.settings = settings
        self.database = database
        self.graphName = graph
        self.agency = agency
        self.engine = try LookupEngine()
    }

    /// Runs `body` on the store's connection as the dispatcher role.
    func withConnection<T>(_ body: (Connection) throws -> T) throws -> T {
        try connection.withLock { c in
            if c == nil {
                let new = try Connection(settings, database: database, purpose: "connect the lookup store")
                try new.executeScript("SET ROLE ansim_dispatcher", purpose: "read as the dispatcher role")
                c = new
            }
            return try body(c!)
        }
    }

    /// Loads every layer and all fixes.
    ///
    /// - Throws: ``LookupAgencyError`` when ``agency`` has no police organisation loaded.
    public func load() throws {
        if let agency {
            let known = try withConnection { c in
                try c.query("SELECT DISTINCT agency FROM police_org ORDER BY 1", purpose: "read the agencies").map {
                    try $0.decode(String.self, at: 0)
                }
            }
            guard known.contains(agency) else { throw LookupAgencyError(agency: agency, known: known) }
        }
        try refresh(Self.tables)
    }

    /// The address geocoder, read on first need (a scene given as an address) and kept;
    /// nil while the road-name-address map is not loaded, so a later call sees a map
    /// loaded since. `ansim serve` calls it at start so the first address is quick.
    @discardableResult
    public func addressGeocoder() throws -> Geocoder? {
        if let loaded = addresses.withLock({ $0 }) { return loaded }
        let geocoder = try withConnection { c -> Geocoder? in
            let present = try c.query(
                "SELECT EXISTS (SELECT 1 FROM road_section WHERE layer = 'TL_SPRD_MANAGE')",
                purpose: "is the road-name-address map loaded")
            guard present[0][0] == "t" else { return nil }
            return Geocoder(index: try GeocodeIndexLoader.load(on: c))
        }
        addresses.withLock { $0 = geocoder }
        return geocoder
    }

    /// Geocodes a scene given as an address (도로명 or 지번), offline.
    ///
    /// - Returns: the point (EPSG:5179) and how it was understood.
    /// - Throws: ``LookupAddressError`` when the map is not loaded or nothing matches.
    public func locate(address text: String) throws -> (x: Double, y: Double, address: LookupSceneAddress) {
        guard let geocoder = try addressGeocoder() else { throw LookupAddressError.noAddressMap }
        let outcome = geocoder.geocode(text)
        guard let m = outcome.match else { throw LookupAddressError.notFound(outcome.reason ?? "no match") }
        let place = [m.sigungu, m.road ?? m.dong ?? "", m.number ?? ""].filter { !$0.isEmpty }
        return (
            m.point.x, m.point.y,
            LookupSceneAddress(
                query: text, matched: place.joined(separator: " "), precision: m.precision.rawValue,
                interpolated: m.interpolated)
        )
    }

    /// The tables the lookup reads (and listens to).
    public static let tables: Set<String> = [
        "monitored_person", "gps_fix", "registered_offender", "cctv", "incident", "call_112", "police_org",
        "patrol_unit", "road_graph",
    ]

    /// Re-reads the layers fed by `tables`.
    public func refresh(_ tables: Set<String>) throws {
        try withConnection { c in
            var persons: ([MonitoredPerson], Bool)?
            if tables.contains("monitored_person") { persons = try LookupLoader.persons(on: c) }
            let offenders = tables.contains("registered_offender") ? try LookupLoader.offenders(on: c) : nil
            let cameras = tables.contains("cctv") ? try LookupLoader.cameras(on: c, agency: agency) : nil
            let incidents =
                tables.contains("incident") ? try LookupLoader.events("incident", on: c, agency: agency) : nil
            let calls = tables.contains("call_112") ? try LookupLoader.events("call_112", on: c, agency: agency) : nil
            let responders =
                tables.contains("police_org") || tables.contains("patrol_unit")
                ? try LookupLoader.responders(on: c, agency: agency) : nil
            let graph = tables.contains("road_graph") ? try LookupLoader.graph(graphName, on: c) : nil
            engine.replace { l in
                if let persons {
                    l.setPersons(persons.0)
                    l.synthetic = persons.1
                }
                if let offenders { l.offenders = Indexed(offenders, cell: 200) { ($0.x, $0.y) } }
                if let cameras { l.cameras = Indexed(cameras, cell: 100) { ($0.x, $0.y) } }
                if let incidents { l.incidents = Indexed(incidents, cell: 100) { ($0.x, $0.y) } }
                if let calls { l.calls = Indexed(calls, cell: 100) { ($0.x, $0.y) } }
                if let responders { l.responders = Indexed(responders, cell: 1_000) { ($0.x, $0.y) } }
                if let g = graph ?? l.roads?.graph, graph != nil || cameras != nil {
                    l.roads = RoadLayer(graph: g, cameras: l.cameras.items)
                }
            }
            if tables.contains("gps_fix") {
                let since = watermark.withLock { $0 }
                let (fixes, newest) = try LookupLoader.fixes(on: c, receivedAfter: since)
                engine.insert(fixes: fixes)
                watermark.withLock { $0 = newest }
            }
        }
    }
}

/// `LookupStore.load()` was given an agency without police organisations in the database.
public struct LookupAgencyError: Error, CustomStringConvertible {
    /// The agency asked for.
    public var agency: String
    /// The agencies with police organisations in the database.
    public var known: [String]
    public var description: String {
        "agency \"\(agency)\" has no police organisation in the database (it has: \(known.isEmpty ? "none" : known.joined(separator: ", ")))"
    }
}
