/// Synthetic electronic-monitoring wearers, their GPS tracks, and registered offenders —
/// generated, seeded, labelled synthetic (no real personal data exists in Ansim).
public struct SyntheticPeople: Sendable {
    /// A wearer.
    public struct Wearer: Sendable {
        public var id: Int64
        public var ref: String
        public var tag: String
        public var name: String
        public var birthYear: Int
        public var offenceClass: String
        public var orderFrom: String
        public var orderTo: String
        public var restrictions: String
        public var homeX: Double
        public var homeY: Double
    }

    /// A fix of a wearer's track (ms since 1970, EPSG:5179, heading nil when still).
    public struct Fix: Sendable {
        public var person: Int64
        public var time: Int64
        public var x: Double
        public var y: Double
        public var heading: Double?
        public var speed: Double
    }

    /// A registered offender.
    public struct Offender: Sendable {
        public var id: Int64
        public var ref: String
        public var name: String
        public var birthYear: Int
        public var address: String
        public var offenceClass: String
        public var releasedOn: String
        public var x: Double
        public var y: Double
    }

    public var wearers: [Wearer] = []
    public var fixes: [Fix] = []
    public var offenders: [Offender] = []
}

/// What to generate.
public struct PeopleParameters: Sendable {
    /// Seed of every random choice.
    public var seed: UInt64
    /// Wearers (default: Seoul's share of the national electronic-monitoring caseload).
    public var wearers: Int
    /// Registered offenders (default: Seoul's share of the national register).
    public var offenders: Int
    /// Tracks end here (ms since 1970) …
    public var until: Int64
    /// … and cover this many minutes before it.
    public var minutes: Int
    /// Seconds between fixes.
    public var interval: Int

    /// Seoul defaults (docs/LOOKUP.md gives the figures and their sources).
    public static let seoulWearers = 840
    public static let seoulOffenders = 22_100

    /// Parameters.
    public init(
        seed: UInt64, wearers: Int = seoulWearers, offenders: Int = seoulOffenders, until: Int64,
        minutes: Int = 120, interval: Int = 60
    ) {
        self.seed = seed
        self.wearers = wearers
        self.offenders = offenders
        self.until = until
        self.minutes = minutes
        self.interval = interval
    }
}
