/// A seeded synthetic link graph shaped like voice-phishing (보이스피싱) investigations,
/// labelled synthetic: background people in social circles (households, friends,
/// workplaces) who call each other and send small transfers, and planted rings —
/// organisers, callers on burner phones sharing devices and a call-centre address,
/// couriers, mule-account holders whose accounts take victims' money (fan-in) and pass
/// it on split (fan-out) to cash-out accounts. Victims are background people; each has
/// a case and a 112 call. ``LinkSynthOutput/rings`` is the truth the tests score
/// community detection against.
public struct LinkSynth: Sendable {
    /// The generator's parameters; the same parameters and seed give the same graph.
    public struct Config: Sendable, Equatable {
        public var seed: UInt64
        public var persons: Int
        public var rings: Int
        /// Calls and transfers each background person makes (mostly inside the circle).
        public var callsPerPerson: Int
        public var transfersPerPerson: Int
        /// Victims per ring.
        public var victimsPerRing: Int
        /// Links fall in `[start, start + days·86400)`.
        public var start: Int64
        public var days: Int

        public init(
            seed: UInt64 = 42, persons: Int = 2_000, rings: Int = 8, callsPerPerson: Int = 8,
            transfersPerPerson: Int = 2, victimsPerRing: Int = 10, start: Int64 = 1_704_034_800, days: Int = 90
        ) {
            (self.seed, self.persons, self.rings, self.callsPerPerson) = (seed, persons, rings, callsPerPerson)
            (self.transfersPerPerson, self.victimsPerRing, self.start, self.days) =
                (transfersPerPerson, victimsPerRing, start, days)
        }
    }

    public var config: Config
    var entities: [LinkEntity] = []
    var links: [Link] = []
    var counters: [EntityKind: Int] = [:]
    var phoneOf: [Int32: Int32] = [:]
    var accountOf: [Int32: Int32] = [:]
    var rng: LinkRandom

    public init(_ config: Config) {
        self.config = config
        self.rng = LinkRandom(seed: config.seed, stream: "links")
    }

    /// Generates the graph.
    public static func generate(_ config: Config) -> LinkSynthOutput {
        var s = LinkSynth(config)
        let circles = s.background()
        var rings: [[Int]] = []
        var victims: [[Int]] = []
        var pool = circles.flatMap { $0 }
        for r in 0..<config.rings {
            let (members, hit) = s.ring(r, victims: &pool)
            rings.append(members.sorted())
            victims.append(hit.sorted())
        }
        return LinkSynthOutput(
            config: config, entities: s.entities, links: s.links, rings: rings, victims: victims)
    }

    /// A new entity of `kind`; returns its index.
    mutating func add(_ kind: EntityKind, label: String = "", located: Bool = false) -> Int32 {
        let n = counters[kind, default: 0] + 1
        counters[kind] = n
        var e = LinkEntity(ref: kind.prefix + "-" + String(n).leftPadded(7), kind: kind, label: label)
        if located {  // Seoul's bounding box, roughly
            e.lon = 126.85 + 0.30 * rng.unit()
            e.lat = 37.45 + 0.20 * rng.unit()
        }
        entities.append(e)
        return Int32(entities.count - 1)
    }

    /// A link at a random time in the window (or `at`).
    mutating func link(_ s: Int32, _ t: Int32, _ kind: LinkKind, at: Int64? = nil, amount: Int64 = 0) {
        let time = at ?? (config.start + Int64(rng.below(UInt64(config.days) * 86_400)))
        links.append(Link(s, t, kind, at: time, amount: amount))
    }

    /// A random element of a non-empty array.
    mutating func pick<T>(_ a: [T]) -> T { a[Int(rng.below(UInt64(a.count)))] }
}

extension String {
    /// The string left-padded with zeros to `width`.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
