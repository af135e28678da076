import AnsimCPTED
import AnsimGeo
import AnsimStore
import Foundation

/// The chosen camera sites: the greedy order's marginal gains, totals, the gap to the bound.
struct CPTEDSitingReport {
    let area: String
    let run: String
    let radius: Double
    let k: Int
    let problem: CoverageProblem
    let input: CPTEDSitingData
    let greedy: CoverageSolution
    let best: CoverageSolution
    let bound: Double
    let totalRisk: Double
    let uncoveredRisk: Double

    /// The final sites in order of what each adds to those before it.
    var ranked: [(site: Int, gain: Double)] {
        var order: [(Int, Double)] = []
        var left = best.sites
        var chosen: [Int] = []
        while !left.isEmpty {
            let base = problem.coverage(chosen)
            let gains = left.map { problem.coverage(chosen + [$0]) - base }
            let i = gains.indices.max { gains[$0] < gains[$1] }!
            order.append((left[i], gains[i]))
            chosen.append(left[i])
            left.remove(at: i)
        }
        return order
    }

    /// Demand points shaded by their uncovered risk (grey when covered already), existing
    /// cameras as dots, the new sites numbered with their coverage circle.
    func map() -> String {
        let top = problem.weights.max() ?? 0
        var svg = CPTEDMapSVG(title: "\(area): \(k) new cameras (red, radius \(Int(radius)) m) over uncovered risk; dots: cameras")
        svg.squares = input.demand.indices.map { i in
            let w = problem.weights[i]
            return CPTEDMapSVG.Square(
                x: input.demand[i].x, y: input.demand[i].y, size: 25, shade: w > 0 && top > 0 ? (w / top).squareRoot() : nil)
        }
        svg.dots = input.existing
        svg.sites = ranked.enumerated().map { (input.candidates[$1.site].x, input.candidates[$1.site].y, "\($0 + 1)") }
        svg.radius = radius
        return svg.render()
    }

    var gap: Double { bound > 0 ? (bound - best.covered) / bound : 0 }

    func summary() -> String {
        let lights = input.candidates.filter { $0.kind == "light" }.count
        return String(
            format: """
                %@: %d new cameras, radius %.0f m, risk from %@
                  risk in the area %.3f, already within %.0f m of one of %d cameras %.1f%%, uncovered %.3f
                  candidates %d (%d security-light poles, %d road nodes); demand points %d
                  greedy covers %.3f, after local search %.3f (%.1f%% of the uncovered risk)
                  upper bound %.3f: gap at most %.2f%%
                """, area, k, radius, run, totalRisk, radius, input.existing.count,
            100 * (totalRisk - uncoveredRisk) / max(totalRisk, 1e-12), uncoveredRisk, input.candidates.count, lights,
            input.candidates.count - lights, input.demand.count, greedy.covered, best.covered,
            100 * best.covered / max(uncoveredRisk, 1e-12), bound, 100 * gap)
    }

    func lonLats() throws -> [(lon: Double, lat: Double)] {
        let t = try CoordinateTransform(from: CRS(epsg: 5179), to: CRS(epsg: 4326))
        var xs = ranked.map { input.candidates[$0.site].x }
        var ys = ranked.map { input.candidates[$0.site].y }
        try t.transform(xs: &xs, ys: &ys)
        return Array(zip(xs, ys)).map { ($0.0, $0.1) }
    }

    func geoJSON(on c: Connection) throws -> String {
        let ll = try lonLats()
        var features: [[String: Any]] = []
        for (rank, entry) in ranked.enumerated() {
            let s = input.candidates[entry.site]
            features.append([
                "type": "Feature",
                "geometry": ["type": "Point", "coordinates": [ll[rank].lon, ll[rank].lat]],
                "properties": [
                    "rank": rank + 1, "kind": s.kind, "ref": s.ref, "new_risk_covered": entry.gain,
                    "x5179": s.x, "y5179": s.y,
                ] as [String: Any],
            ])
        }
        let object: [String: Any] = ["type": "FeatureCollection", "features": features]
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    func csv() throws -> String {
        let ll = try lonLats()
        var text = "rank,kind,ref,lon,lat,x5179,y5179,new_risk_covered\n"
        for (rank, entry) in ranked.enumerated() {
            let s = input.candidates[entry.site]
            text += String(
                format: "%d,%@,%@,%.7f,%.7f,%.2f,%.2f,%.6f\n", rank + 1, s.kind, s.ref, ll[rank].lon, ll[rank].lat, s.x,
                s.y, entry.gain)
        }
        return text
    }

    /// The problem as solved, for an exact check (scripts/bench/cpted_mclp_highs.py):
    /// demand weights (0 = already covered), each candidate's covered demand, k, and
    /// the sites and coverage found.
    func problemJSON() throws -> String {
        let object: [String: Any] = [
            "k": k, "weights": problem.weights, "covers": problem.covers.map { $0.map(Int.init) },
            "sites": best.sites, "covered": best.covered, "greedy_covered": greedy.covered,
        ]
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    func summaryJSON() throws -> String {
        let object: [String: Any] = [
            "area": area, "run": run, "k": k, "radius_m": radius, "total_risk": totalRisk,
            "uncovered_risk": uncoveredRisk, "existing_cameras": input.existing.count,
            "candidates": input.candidates.count, "demand_points": input.demand.count,
            "greedy_covered": greedy.covered, "covered": best.covered, "upper_bound": bound, "gap": gap,
        ]
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }
}
