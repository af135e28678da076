/// One lookup: the scene (EPSG:5179), the time, the 112 code and the incident class,
/// and how far and how long around the scene to look.
public struct LookupQuery: Sendable, Equatable {
    /// Scene easting and northing (EPSG:5179 metres).
    public var x: Double
    public var y: Double
    /// Time of the call (ms since 1970).
    public var time: Int64
    /// 112 code, 0 (most urgent) … 4.
    public var code: Int
    /// Incident class (112 사건종별, e.g. 성폭력, 강도, 실종).
    public var incidentClass: String
    /// Search radius R for wearers and offenders (metres).
    public var radius: Double
    /// Time window ±T for wearers' fixes (minutes).
    public var minutes: Double
    /// Whether to compute the escape routes (network reach).
    public var includeReach: Bool
    /// At most this many offenders, and route cameras and exits per mode and band, are
    /// listed (the totals are always given).
    public var limit: Int = LookupQuery.defaultLimit

    /// Items listed when no limit is given.
    public static let defaultLimit = 50

    /// Radius used when none is given.
    public static let defaultRadius = 500.0
    /// Window used when none is given.
    public static let defaultMinutes = 30.0
    /// The largest radius accepted (metres).
    public static let maximumRadius = 5_000.0
    /// The largest window accepted (minutes).
    public static let maximumMinutes = 24.0 * 60

    /// A query.
    public init(
        x: Double, y: Double, time: Int64, code: Int, incidentClass: String = "기타",
        radius: Double = LookupQuery.defaultRadius, minutes: Double = LookupQuery.defaultMinutes,
        includeReach: Bool = true
    ) {
        self.x = x
        self.y = y
        self.time = time
        self.code = code
        self.incidentClass = incidentClass
        self.radius = radius
        self.minutes = minutes
        self.includeReach = includeReach
    }

    /// Seoul's extent in EPSG:5179 (with a 2 km margin): scenes outside are refused.
    public static let area = (minX: 933_000.0, minY: 1_933_000.0, maxX: 976_000.0, maxY: 1_972_000.0)

    /// Checks the query; `now` (ms) bounds the time (one minute of clock skew allowed).
    /// - Throws: ``LookupError/badInput(_:)`` saying what is wrong.
    public func validate(now: Int64) throws {
        guard x.isFinite, y.isFinite,
            x >= Self.area.minX, x <= Self.area.maxX, y >= Self.area.minY, y <= Self.area.maxY
        else {
            throw LookupError.badInput(
                "the scene (\(Int(x)), \(Int(y)) in EPSG:5179) lies outside the service area (Seoul)")
        }
        guard (0...4).contains(code) else { throw LookupError.badInput("code must be 0 … 4, not \(code)") }
        guard radius.isFinite, radius > 0, radius <= Self.maximumRadius else {
            throw LookupError.badInput("radius must be more than 0 and at most \(Int(Self.maximumRadius)) m")
        }
        guard minutes.isFinite, minutes >= 0, minutes <= Self.maximumMinutes else {
            throw LookupError.badInput("minutes must be 0 … \(Int(Self.maximumMinutes))")
        }
        guard time <= now + 60_000 else { throw LookupError.badInput("the time lies in the future") }
        guard (1...10_000).contains(limit) else { throw LookupError.badInput("limit must be 1 … 10000") }
        guard !incidentClass.isEmpty, incidentClass.count <= 40 else {
            throw LookupError.badInput("the incident class must be 1 … 40 characters")
        }
    }
}

/// Why a lookup or an ingestion was refused.
public enum LookupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input is wrong (HTTP 400).
    case badInput(String)
    /// The indexes are not loaded yet (HTTP 503).
    case notReady(String)

    public var description: String {
        switch self {
        case .badInput(let m), .notReady(let m): return m
        }
    }
}
