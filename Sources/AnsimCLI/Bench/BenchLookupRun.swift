import AnsimLookup
import AnsimLookupStore
import AnsimStore
import AnsimSynth
import Foundation

/// The measured stages of `ansim bench lookup`.
enum BenchLookupRun {
    /// Milliseconds per lookup.
    static func inProcess(_ engine: LookupEngine, _ queries: [LookupQuery]) throws -> [Double] {
        for q in queries.prefix(50) { _ = try engine.lookup(q) }  // warm-up
        return try queries.map { q in
            let t = DispatchTime.now().uptimeNanoseconds
            _ = try engine.lookup(q)
            return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6
        }
    }

    /// What the scenes hold (p50 / p99 / max over the scenes): wearers returned, their
    /// fixes in the window, offenders within R — the work a lookup does.
    static func sceneSizes(_ engine: LookupEngine, _ queries: [LookupQuery]) throws -> String {
        var persons: [Int] = []
        var fixes: [Int] = []
        var offenders: [Int] = []
        for q in queries {
            let r = try engine.lookup(q)
            persons.append(r.monitoredPersons.count)
            fixes.append(r.monitoredPersons.reduce(0) { $0 + $1.fixesInWindow })
            offenders.append(r.registeredOffendersTotal)
        }
        func spread(_ v: [Int]) -> String {
            let s = v.sorted()
            func p(_ q: Double) -> Int { s[min(s.count - 1, Int((Double(s.count) * q).rounded(.up)) - 1)] }
            return "\(p(0.5)) / \(p(0.99)) / \(s.last ?? 0)"
        }
        return "scenes (p50 / p99 / max): wearers returned \(spread(persons)), their fixes in the window \(spread(fixes)), "
            + "offenders within R \(spread(offenders))"
    }

    /// Milliseconds per scene of the same query in SQL (one statement; with reach, plus
    /// pgr_drivingDistance from the nearest vertex for foot and car).
    static func sql(_ db: Connection, _ queries: [LookupQuery], reach: Bool) throws -> [Double] {
        try queries.map { q in
            let t = DispatchTime.now().uptimeNanoseconds
            let scene = "ST_SetSRID(ST_MakePoint(\(q.x), \(q.y)), 5179)"
            let time = "'epoch'::timestamptz + \(q.time) * interval '1 millisecond'"
            try db.query(
                """
                WITH w AS (SELECT DISTINCT ON (person_id) person_id, at, ST_Distance(geom, \(scene)) d FROM gps_fix
                  WHERE ST_DWithin(geom, \(scene), \(q.radius)) AND at BETWEEN \(time) - interval '\(Int(q.minutes)) minutes'
                    AND \(time) + interval '\(Int(q.minutes)) minutes' ORDER BY person_id, d, at),
                o AS (SELECT id, ST_Distance(geom, \(scene)) d, offence_class FROM registered_offender
                  WHERE ST_DWithin(geom, \(scene), \(q.radius))),
                c AS (SELECT id FROM cctv WHERE ST_DWithin(geom, \(scene), least(coalesce(view_range_m, 50), 300))
                  AND (view_direction IS NULL OR abs(mod((degrees(ST_Azimuth(geom, \(scene))) - view_direction + 540)::numeric, 360) - 180) <= 45)),
                h AS (SELECT crime_class, count(*) FROM incident WHERE ST_DWithin(geom, \(scene), 100)
                  AND occurred_at BETWEEN \(time) - interval '365 days' AND \(time) GROUP BY 1)
                SELECT (SELECT count(*) FROM w), (SELECT count(*) FROM o), (SELECT count(*) FROM c), (SELECT count(*) FROM h)
                """, purpose: "the lookup in SQL")
            if reach {
                for mode in ["foot", "car"] {
                    try db.query(
                        """
                        SELECT count(*) FROM pgr_drivingDistance(
                          'SELECT id, source, target, cost_\(mode) AS cost, reverse_cost_\(mode) AS reverse_cost FROM road_edge',
                          (SELECT id FROM road_vertex ORDER BY geom <-> \(scene) LIMIT 1), 300, directed => true)
                        """, purpose: "pgr_drivingDistance")
                }
            }
            return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6
        }
    }

    /// Seconds to parse and insert `count` NDJSON fixes (and add them to the engine).
    static func ingest(_ db: Connection, store: LookupStore, count: Int, wearers: Int, after: Int64, seed: UInt64) throws
        -> Double
    {
        var rng = SynthRandom(seed: seed, stream: "bench-ingest")
        var lines: [String] = []
        lines.reserveCapacity(count)
        for i in 0..<count {
            let person = 1 + i % max(1, wearers)
            let t = after + Int64(1 + i / max(1, wearers)) * 1000
            lines.append(
                "{\"tag\":\"EM-\(String(format: "%07d", person))\",\"time\":\"\(ISOTime.format(t))\",\"x\":\(958000 + rng.uniform() * 5000),\"y\":\(1944000 + rng.uniform() * 5000),\"speed\":1.3}")
        }
        let engine = store.engine
        let start = DispatchTime.now().uptimeNanoseconds
        var k = 0
        while k < lines.count {
            let chunk = lines[k..<min(lines.count, k + 50_000)].joined(separator: "\n")
            let parsed = try FixIngest.parse(Substring(chunk), person: { engine.person(tag: $0) }, now: ISOTime.now() + 86_400_000)
            let inserted = try db.transaction(purpose: "ingest") { try FixIngest.insert(parsed, on: $0) }
            engine.insert(fixes: inserted)
            k += 50_000
        }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func row(_ label: String, _ ms: [Double], goal: Double?) {
        let s = ms.sorted()
        func p(_ q: Double) -> Double { s[min(s.count - 1, Int((Double(s.count) * q).rounded(.up)) - 1)] }
        let mean = s.reduce(0, +) / Double(max(1, s.count))
        let g = goal.map { p(0.99) <= $0 ? String(format: "≤ %.0f met", $0) : String(format: "≤ %.0f NOT met", $0) } ?? "reference"
        print(label.padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: "%9.3f %9.3f %9.3f   ", p(0.5), p(0.99), mean) + g + "  (n=\(s.count))")
    }
}
