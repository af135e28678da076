import AnsimGeo
import AnsimLookup
import AnsimLookupStore
import AnsimStore
import ArgumentParser
import Foundation

/// `ansim lookup`: the incident-time lookup from the command line.
struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Print the incident-time lookup for a 112 call as JSON (the same JSON as POST /lookup).",
        discussion: """
            Loads the lookup's indexes from the database (wearers and fixes, registered \
            offenders, CCTV, past incidents and calls, police boxes, the road graph), runs \
            one lookup and prints it. The lookup is audited (client cli, role \
            ansim_dispatcher unless --role says otherwise). See docs/LOOKUP.md.

            EXAMPLES
              ansim lookup --lon 127.0276 --lat 37.4979 --code 1 --class 성폭력
              ansim lookup --x 958243 --y 1944398 --time 2023-12-31T22:00:00+09:00 --code 0 --class 강도 --radius 800
              ansim lookup --address "서울특별시 강남구 학동로 156" --code 1 --class 성폭력

            --address geocodes a road-name or lot-number address offline (docs/GEOCODE.md; \
            the road-name-address map must be loaded) and says on standard error where it \
            placed the scene.
            """)

    @Option(help: "Longitude (WGS84).") var lon: Double?
    @Option(help: "Latitude (WGS84).") var lat: Double?
    @Option(help: "Easting (EPSG:5179), instead of --lon/--lat.") var x: Double?
    @Option(help: "Northing (EPSG:5179).") var y: Double?
    @Option(help: "The scene as a Korean address (도로명 or 지번), geocoded offline, instead of coordinates.")
    var address: String?
    @Option(help: "Time of the call (ISO 8601 with a zone; default now).") var time: String?
    @Option(help: "112 code, 0 (most urgent) … 4.") var code: Int
    @Option(name: .customLong("class"), help: "Incident class (112 사건종별, e.g. 성폭력, 강도, 실종).")
    var incidentClass = "기타"
    @Option(help: "Search radius for wearers and offenders (metres).") var radius = LookupQuery.defaultRadius
    @Option(help: "Time window ± minutes for wearers' fixes.") var minutes = LookupQuery.defaultMinutes
    @Option(help: "The incident's number, for the audit trail.") var incident: String?
    @Option(help: "At most this many offenders, route cameras and exits listed (totals always given).")
    var limit = LookupQuery.defaultLimit
    @Option(help: "Road graph for the escape routes (default: the newest).") var graph: String?
    @Option(
        help: ArgumentHelp(
            "Hold only this agency's partitions (CCTV, past incidents and calls, boxes and units).",
            discussion: "On a sharded coordinator only that agency's shard is read (docs/SCALE.md)."))
    var agency: String?
    @Flag(help: "Leave out the escape routes (network reach).") var noReach = false
    @Flag(help: "Print what an analyst sees (no identities).") var redact = false

    func run() throws {
        let connection = try Database.connect()
        var x = self.x
        var y = self.y
        let store = try LookupStore(
            settings: try ConnectionSettings.resolve(environment: ProcessInfo.processInfo.environment), graph: graph,
            agency: agency)
        try store.load()
        var located: LookupSceneAddress?
        if let address {
            guard lon == nil, lat == nil, x == nil, y == nil else {
                throw ValidationError("give the scene once: --address, or --lon/--lat, or --x/--y")
            }
            let place = try store.locate(address: address)
            (x, y, located) = (place.x, place.y, place.address)
            let how = place.address.precision + (place.address.interpolated ? ", interpolated" : "")
            FileHandle.standardError.write(Data(
                ("address: \(address) → \(place.address.matched) (precision \(how)) at "
                    + String(format: "x %.1f, y %.1f (EPSG:5179)\n", place.x, place.y)).utf8))
        }
        let query = try LookupCommand.query(
            lon: lon, lat: lat, x: x, y: y, time: time, code: code, incidentClass: incidentClass, radius: radius,
            minutes: minutes, includeReach: !noReach, limit: limit)
        var result = try store.engine.lookup(query)
        result.scene.address = located
        if redact { result = result.redactedForAnalyst() }
        try connection.transaction(purpose: "audit the lookup") { c in
            try c.query("SELECT set_config('ansim.client', 'cli', true)", purpose: "name the client")
            try LookupAudit.record(
                result, query: query, incident: incident, role: redact ? "ansim_analyst" : "ansim_dispatcher",
                purpose: "incident lookup (cli)", on: c)
        }
        FileHandle.standardOutput.write(LookupJSON.encode(result) + Data("\n".utf8))
    }

    /// A validated query from the command-line values.
    static func query(
        lon: Double?, lat: Double?, x: Double?, y: Double?, time: String?, code: Int, incidentClass: String,
        radius: Double, minutes: Double, includeReach: Bool, limit: Int = LookupQuery.defaultLimit
    ) throws -> LookupQuery {
        let point: (x: Double, y: Double)
        if let x, let y {
            point = (x, y)
        } else if let lon, let lat {
            point = try CoordinateTransform(from: .wgs84, to: .utmK).transform(x: lon, y: lat)
        } else {
            throw ValidationError("give the scene as --lon and --lat, or --x and --y (EPSG:5179)")
        }
        let now = ISOTime.now()
        guard let t = time.map({ ISOTime.parse($0) }) ?? now else {
            throw ValidationError("--time is not ISO 8601 with a zone (e.g. 2026-11-28T21:30:00+09:00)")
        }
        var q = LookupQuery(
            x: point.x, y: point.y, time: t, code: code, incidentClass: incidentClass, radius: radius,
            minutes: minutes, includeReach: includeReach)
        q.limit = limit
        do { try q.validate(now: now) } catch let e as LookupError { throw ValidationError(e.description) }
        return q
    }
}
