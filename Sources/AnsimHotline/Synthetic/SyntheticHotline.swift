import Foundation

/// Seeded synthetic hotline data — protected places, offenders' tags and GPS tracks —
/// labelled synthetic: no real case, victim or offender exists behind any of it.
///
/// Places fall uniformly in a box over Seoul (EPSG:5179); each offender's track is a
/// random walk that, for a chosen share of tags, heads for one of their victim's places.
public struct SyntheticHotline: Sendable {
    /// Seoul's extent in EPSG:5179 (roughly the city's bounding box).
    public static let seoul = (minX: 935_000.0, minY: 1_935_000.0, maxX: 972_000.0, maxY: 1_966_000.0)

    var rng: SplitMix64

    /// A generator with `seed`.
    public init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    /// `count` tags with one home each and, for half of them, a workplace, as geofence places.
    public mutating func places(tags count: Int) -> [GeofencePlace] {
        var out: [GeofencePlace] = []
        for i in 0..<count {
            let tag = String(format: "SYN-TAG-%05d", i)
            let ref = String(format: "V-%08X", UInt32(truncatingIfNeeded: rng.next()))
            for kind in rng.unit() < 0.5 ? ["home", "work"] : ["home"] {
                out.append(
                    GeofencePlace(
                        id: Int64(out.count + 1), caseID: Int64(i + 1),
                        caseNo: String(format: "HL-S%06d", i + 1),
                        tag: tag, kind: kind, x: uniform(Self.seoul.minX, Self.seoul.maxX),
                        y: uniform(Self.seoul.minY, Self.seoul.maxY), victimRef: ref, cityOrgID: 1,
                        policeOrgID: 2))
            }
        }
        return out
    }

    /// `count` fixes spread over the tags of `places`, one every `1/rate` s from `start`.
    /// A share `approaching` of the fixes lies within 2 km of one of the tag's places and
    /// a tenth of those within 100 m; the rest lie 2.5–10 km away.
    public mutating func fixes(
        _ count: Int, places: [GeofencePlace], rate: Double, start: Date, approaching: Double = 0.05
    ) -> [GeofenceFix] {
        let byTag = Dictionary(grouping: places, by: \.tag)
        let tags = byTag.keys.sorted()
        var out: [GeofenceFix] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            let tag = tags[Int(rng.next() % UInt64(tags.count))]
            let own = byTag[tag]!
            let p = own[Int(rng.next() % UInt64(own.count))]
            let u = rng.unit()
            let d =
                u < approaching * 0.1
                ? uniform(0, 95) : u < approaching ? uniform(120, 1_950) : uniform(2_500, 10_000)
            let a = uniform(0, 2 * .pi)
            out.append(
                GeofenceFix(
                    tag: tag, time: start.addingTimeInterval(Double(i) / rate), x: p.x + d * cos(a),
                    y: p.y + d * sin(a)))
        }
        return out
    }

    mutating func uniform(_ lo: Double, _ hi: Double) -> Double { lo + (hi - lo) * rng.unit() }
}

/// SplitMix64: small, fast, seeded, the same on every platform.
struct SplitMix64: Sendable {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
