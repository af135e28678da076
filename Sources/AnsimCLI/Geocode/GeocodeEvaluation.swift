import AnsimGeocode
import AnsimGeocodeStore
import Foundation

/// Geocodes cases and measures: outcomes, errors in metres, throughput, round trips.
struct GeocodeEvaluation {
    let cases: [GeocodeCase]
    let outcomes: [GeocodeOutcome]
    /// The kind each address parsed as (nil when it did not parse).
    let kinds: [ParsedAddress.Kind?]
    /// Error in metres of each matched case (nil when unmatched or not projectable).
    let errors: [Double?]
    let addressesPerSecond: Double
    /// Interval matches (not interpolated) whose reverse geocode gives the same road and number.
    let roundTrips: (same: Int, of: Int)

    static func run(_ cases: [GeocodeCase], geocoder: Geocoder, projection: GeocodeProjection) throws
        -> GeocodeEvaluation
    {
        let outcomes = cases.map { geocoder.geocode($0.address) }
        var repetitions = 0
        let start = Date()
        while Date().timeIntervalSince(start) < 1 || repetitions < 3 {
            for c in cases { _ = geocoder.geocode(c.address) }
            repetitions += 1
        }
        let seconds = Date().timeIntervalSince(start)
        let truth = try projection.plane(cases.map { ($0.lon, $0.lat) })
        let errors: [Double?] = zip(outcomes, truth).map { o, t in
            guard let m = o.match, let t else { return nil }
            return m.point.distance(to: t)
        }
        var same = 0
        var total = 0
        for o in outcomes {
            guard let m = o.match, m.precision == .interval, !m.interpolated else { continue }
            total += 1
            if let r = geocoder.reverse(m.point), r.road == m.road, r.number == m.number { same += 1 }
        }
        let kinds = cases.map { try? geocoder.parser.parse($0.address).kind }
        return GeocodeEvaluation(
            cases: cases, outcomes: outcomes, kinds: kinds, errors: errors,
            addressesPerSecond: Double(cases.count * repetitions) / seconds, roundTrips: (same, total))
    }

    /// Errors of the matches at the given precisions (of addresses of one kind), sorted.
    func errors(_ precisions: Set<GeocodePrecision>, kind: ParsedAddress.Kind? = nil) -> [Double] {
        outcomes.indices.compactMap { i in
            guard let p = outcomes[i].match?.precision, precisions.contains(p) else { return nil }
            guard kind == nil || kinds[i] == kind else { return nil }
            return errors[i]
        }.sorted()
    }

    /// How many addresses parsed as `kind`.
    func total(_ kind: ParsedAddress.Kind?) -> Int { kind == nil ? cases.count : kinds.filter { $0 == kind }.count }

    static func quantile(_ sorted: [Double], _ q: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let position = q * Double(sorted.count - 1)
        let lo = Int(position.rounded(.down))
        let hi = min(lo + 1, sorted.count - 1)
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (position - Double(lo))
    }

    func count(_ p: GeocodePrecision) -> Int { outcomes.filter { $0.match?.precision == p }.count }
}
