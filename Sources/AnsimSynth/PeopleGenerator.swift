import Foundation

/// Generates ``SyntheticPeople``: homes drawn from weighted anchor points (e.g. CCTV
/// sites, which follow where people live) with 300 m of jitter; each wearer's track is a
/// day of errands: at home, or going to a place within 3 km on foot (1.3 m/s) or by
/// car/bus (8 m/s), staying, and coming back; fixes every `interval` s with 5 m noise.
public enum PeopleGenerator {
    /// Wearers' offence classes and weights (특정범죄: 성폭력, 미성년자 유괴, 살인, 강도; 스토킹 since 2023).
    static let wearerClasses: [(String, Double)] = [
        ("성폭력", 0.55), ("아동성범죄", 0.07), ("살인", 0.18), ("강도", 0.12), ("미성년자유괴", 0.01), ("스토킹", 0.07),
    ]
    /// Registered offenders' classes (the register holds sex offenders).
    static let offenderClasses: [(String, Double)] = [("성폭력", 0.8), ("아동성범죄", 0.2)]

    /// Generates people around `anchors` (x, y, weight in EPSG:5179).
    public static func generate(_ p: PeopleParameters, anchors: [(x: Double, y: Double, weight: Double)])
        -> SyntheticPeople
    {
        precondition(!anchors.isEmpty, "no anchor points")
        var rng = SynthRandom(seed: p.seed, stream: "people")
        let pick = Categorical(anchors.map(\.weight))
        let wClass = Categorical(wearerClasses.map(\.1))
        let oClass = Categorical(offenderClasses.map(\.1))
        var out = SyntheticPeople()
        func home() -> (Double, Double) {
            let a = anchors[pick.sample(&rng)]
            return (a.x + 300 * rng.normal(), a.y + 300 * rng.normal())
        }
        // i ↦ i × odd + c (mod 2³²) is a bijection: references look random but never collide.
        var salt = SynthRandom(seed: p.seed, stream: "refs")
        let offset = UInt32(truncatingIfNeeded: salt.next())
        func ref(_ prefix: String, _ i: Int) -> String {
            prefix + "-" + String(format: "%08X", UInt32(truncatingIfNeeded: i) &* 0x9E37_79B1 &+ offset)
        }
        for i in 0..<p.wearers {
            let (x, y) = home()
            let from = 2020 + rng.below(6)
            out.wearers.append(
                .init(
                    id: Int64(i + 1), ref: ref("M", i), tag: String(format: "EM-%07d", i + 1),
                    name: "합성 대상자 \(i + 1)", birthYear: 1950 + rng.below(55),
                    offenceClass: wearerClasses[wClass.sample(&rng)].0,
                    orderFrom: String(format: "%04d-%02d-01", from, 1 + rng.below(12)),
                    orderTo: String(format: "%04d-%02d-28", from + 3 + rng.below(8), 1 + rng.below(12)),
                    restrictions: rng.bernoulli(0.4)
                        ? "{\"curfew\":\"23:00-06:00\",\"label\":\"synthetic\"}" : "{\"label\":\"synthetic\"}",
                    homeX: x, homeY: y))
            track(&out.fixes, person: Int64(i + 1), home: (x, y), p, &rng)
        }
        for i in 0..<p.offenders {
            let (x, y) = home()
            out.offenders.append(
                .init(
                    id: Int64(i + 1), ref: ref("R", i), name: "합성 등록대상자 \(i + 1)",
                    birthYear: 1945 + rng.below(60), address: "서울 (synthetic address \(i + 1))",
                    offenceClass: offenderClasses[oClass.sample(&rng)].0,
                    releasedOn: String(format: "%04d-%02d-%02d", 2010 + rng.below(15), 1 + rng.below(12), 1 + rng.below(28)),
                    x: x, y: y))
        }
        return out
    }

    /// One wearer's fixes over the window.
    static func track(
        _ fixes: inout [SyntheticPeople.Fix], person: Int64, home: (Double, Double), _ p: PeopleParameters,
        _ rng: inout SynthRandom
    ) {
        let steps = p.minutes * 60 / p.interval
        let start = p.until - Int64(steps * p.interval) * 1000
        var (x, y) = home
        var target: (Double, Double)? = nil
        var speed = 0.0
        var dwell = rng.below(steps + 1)
        for s in 0...steps {
            var heading: Double? = nil
            if let t = target {
                let dx = t.0 - x
                let dy = t.1 - y
                let d = (dx * dx + dy * dy).squareRoot()
                let move = speed * Double(p.interval)
                var h = atan2(dx, dy) * 180 / .pi
                if h < 0 { h += 360 }
                heading = h
                if d <= move {
                    (x, y) = t
                    target = nil
                    dwell = 5 + rng.below(40)
                } else {
                    x += dx / d * move
                    y += dy / d * move
                }
            } else if dwell > 0 {
                dwell -= 1
            } else {
                let far = (x - home.0) * (x - home.0) + (y - home.1) * (y - home.1) > 100
                let angle = rng.uniform() * 2 * .pi
                let dist = 300 + rng.uniform() * 2_700
                target = far ? home : (x + dist * sin(angle), y + dist * cos(angle))
                speed = rng.bernoulli(0.6) ? 1.3 : 8
            }
            fixes.append(
                .init(
                    person: person, time: start + Int64(s * p.interval) * 1000, x: x + 5 * rng.normal(),
                    y: y + 5 * rng.normal(), heading: heading.map { ($0 * 10).rounded() / 10 }.map { $0 >= 360 ? 0 : $0 },
                    speed: heading == nil ? 0 : speed))
        }
    }
}
