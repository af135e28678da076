import AnsimGeo
import AnsimSupport

/// The 행정동 polygons prepared for sampling: GEOS prepared geometries for
/// point-in-polygon tests, envelopes for rejection sampling, populations, areas and
/// the risk sites that fall in each.
///
/// Points are drawn by rejection: uniform in the envelope, kept when the prepared
/// polygon contains them (Devroye 1986, *Non-Uniform Random Variate Generation*, §II.3).
final class DongIndex: Sendable {
    struct Entry: Sendable {
        let dong: DongArea
        let gu: Int
        let prepared: PreparedGeometry
        let envelope: Envelope
        let area: Double
        let population: Double
        let sites: [[RiskSite]]  // by RiskSite.Kind order
    }

    let entries: [Entry]
    /// 자치구 names, sorted; `entries[i].gu` indexes this.
    let guNames: [String]
    /// Dong indices per 자치구.
    let dongsOfGu: [[Int]]
    let srid: Int32

    /// Prepares `dongs` (sorted by code) and assigns each risk site to the 행정동 containing it.
    init(dongs: [DongArea], sites: [RiskSite]) throws {
        let sorted = dongs.sorted { $0.code < $1.code }
        guNames = Array(Set(sorted.map(\.gu))).sorted()
        let guIndex = Dictionary(uniqueKeysWithValues: guNames.enumerated().map { ($1, $0) })
        srid = sorted.first?.geometry.srid ?? 5179

        // Median population per 자치구 for 행정동 the population table did not match.
        var known: [String: [Int]] = [:]
        for d in sorted { if let p = d.population { known[d.gu, default: []].append(p) } }
        func median(_ xs: [Int]) -> Double {
            let s = xs.sorted()
            return s.isEmpty
                ? 0
                : s.count % 2 == 1 ? Double(s[s.count / 2]) : Double(s[s.count / 2 - 1] + s[s.count / 2]) / 2
        }

        let prepared = try sorted.map { d -> (PreparedGeometry, Envelope) in
            guard let e = d.geometry.envelope, d.geometry.area > 0 else {
                throw AnsimError("행정동 \(d.code) \(d.name) has an empty boundary")
            }
            return (try PreparedGeometry(d.geometry), e)
        }
        var sitesByDong = [[[RiskSite]]](
            repeating: [[RiskSite]](repeating: [], count: RiskSite.Kind.allCases.count), count: sorted.count)
        let kinds = RiskSite.Kind.allCases
        for site in sites.sorted(by: DongIndex.siteOrder) {
            let point = Geometry.point(x: site.x, y: site.y, srid: srid)
            for (i, (p, e)) in prepared.enumerated() where e.contains(x: site.x, y: site.y) {
                if try p.contains(point) {
                    sitesByDong[i][kinds.firstIndex(of: site.kind)!].append(site)
                    break
                }
            }
        }
        var perGu = [[Int]](repeating: [], count: guNames.count)
        entries = sorted.enumerated().map { i, d in
            let g = guIndex[d.gu]!
            perGu[g].append(i)
            let population = d.population.map(Double.init) ?? median(known[d.gu] ?? [])
            return Entry(
                dong: d, gu: g, prepared: prepared[i].0, envelope: prepared[i].1, area: d.geometry.area,
                population: population, sites: sitesByDong[i])
        }
        dongsOfGu = perGu
    }

    static func siteOrder(_ a: RiskSite, _ b: RiskSite) -> Bool {
        (a.kind.rawValue, a.x, a.y) < (b.kind.rawValue, b.x, b.y)
    }

    /// True when the 행정동 contains the point.
    func contains(_ dong: Int, x: Double, y: Double) throws -> Bool {
        let e = entries[dong]
        guard e.envelope.contains(x: x, y: y) else { return false }
        return try e.prepared.contains(Geometry.point(x: x, y: y, srid: srid))
    }

    /// The 행정동 among `candidates` that contains the point, if any.
    func locate(x: Double, y: Double, among candidates: [Int]) throws -> Int? {
        for i in candidates where try contains(i, x: x, y: y) { return i }
        return nil
    }

    /// A uniform point inside the 행정동 (rejection from its envelope; after 10,000
    /// misses — a sliver polygon — GEOS's point on surface).
    func uniformPoint(in dong: Int, _ rng: inout SynthRandom) throws -> (x: Double, y: Double) {
        let e = entries[dong].envelope
        for _ in 0..<10_000 {
            let x = e.minX + rng.uniform() * (e.maxX - e.minX)
            let y = e.minY + rng.uniform() * (e.maxY - e.minY)
            if try contains(dong, x: x, y: y) { return (x, y) }
        }
        let p = try entries[dong].dong.geometry.pointOnSurface().point!
        return (p.x, p.y)
    }

    /// A Gaussian step of `sigma` metres from (x, y) that stays inside `dongs`; after
    /// `tries` misses, (x, y) itself (a repeat at the same place).
    func gaussianStep(
        from x: Double, _ y: Double, sigma: Double, within dongs: [Int], tries: Int = 20,
        _ rng: inout SynthRandom
    ) throws -> (x: Double, y: Double, dong: Int?) {
        for _ in 0..<tries {
            let nx = x + sigma * rng.normal()
            let ny = y + sigma * rng.normal()
            if let d = try locate(x: nx, y: ny, among: dongs) { return (nx, ny, d) }
        }
        return (x, y, try locate(x: x, y: y, among: dongs))
    }
}
