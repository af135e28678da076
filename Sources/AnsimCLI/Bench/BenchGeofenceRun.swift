import AnsimHotline
import AnsimStore
import Foundation

/// The timed stages of `ansim bench geofence`.
enum BenchGeofenceRun {
    struct Result {
        var processed = 0
        var alerts = 0
        var wall = 0.0
        var latencies: [Double] = []  // seconds, per alert
        func percentile(_ p: Double) -> Double {
            guard !latencies.isEmpty else { return .nan }
            let s = latencies.sorted()
            return s[min(s.count - 1, Int((Double(s.count) * p).rounded(.up)) - 1)]
        }
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    static func waitUntil(_ t: Double) {
        while true {
            let left = t - now()
            if left <= 0 { return }
            if left > 0.002 { usleep(UInt32(left * 1e6 * 0.5)) }
        }
    }

    /// Fixes offered at `rate`; each alert's latency from its fix's due time.
    static func paced(places: [GeofencePlace], fixes: [GeofenceFix], rate: Double) -> Result {
        let engine = GeofenceEngine(places: places)
        var r = Result()
        let t0 = now() + 0.05
        for (i, f) in fixes.enumerated() {
            let due = t0 + Double(i) / rate
            waitUntil(due)
            let alerts = engine.process(f)
            if !alerts.isEmpty {
                let t = now()
                r.alerts += alerts.count
                r.latencies += Array(repeating: t - due, count: alerts.count)
            }
        }
        r.processed = fixes.count
        r.wall = now() - t0
        return r
    }

    /// As `paced`, but an alert counts when committed to PostgreSQL and written to a file.
    static func endToEnd(places: [GeofencePlace], fixes: [GeofenceFix], rate: Double, on c: Connection)
        async throws -> Result
    {
        try c.executeScript(
            """
            DROP TABLE IF EXISTS bench_geofence_alert;
            CREATE TABLE bench_geofence_alert (tag text, place_id bigint, level text, fix_at timestamptz, distance_m float8)
            """, purpose: "create the alert table")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ansim-bench-alerts-\(getpid()).jsonl"
        ).path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let notifier = FileNotifier(path: file)
        let engine = GeofenceEngine(places: places)
        var r = Result()
        let t0 = now() + 0.05
        var i = 0
        while i < fixes.count {
            let tickEnd = min(fixes.count, i + max(1, Int(rate * 0.01)))
            var batch: [GeofenceAlert] = []
            var dues: [Double] = []
            for j in i..<tickEnd {
                let due = t0 + Double(j) / rate
                waitUntil(due)
                let a = engine.process(fixes[j])
                batch += a
                dues += Array(repeating: due, count: a.count)
            }
            i = tickEnd
            guard !batch.isEmpty else { continue }
            try c.query(
                """
                INSERT INTO bench_geofence_alert
                SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::timestamptz[], $5::float8[])
                """,
                [
                    batch.map(\.tag), batch.map(\.placeID), batch.map(\.level.rawValue), batch.map(\.fixAt),
                    batch.map(\.distanceM),
                ],
                purpose: "record alerts")
            try await notifier.deliver(batch)
            let t = now()
            r.alerts += batch.count
            r.latencies += dues.map { t - $0 }
        }
        r.processed = fixes.count
        r.wall = now() - t0
        try c.executeScript("DROP TABLE bench_geofence_alert", purpose: "drop the alert table")
        return r
    }

    /// Fixes per second with no pacing.
    static func unpaced(places: [GeofencePlace], fixes: [GeofenceFix]) -> Double {
        var best = 0.0
        for _ in 0..<3 {
            let engine = GeofenceEngine(places: places)
            let t = now()
            var n = 0
            for f in fixes { n += engine.process(f).count }
            best = max(best, Double(fixes.count) / (now() - t))
        }
        return best
    }

    static func report(_ label: String, _ r: Result, goalMs: Double) {
        let p99 = r.percentile(0.99) * 1000
        print(
            String(
                format:
                    "%@ %8.0f fixes/s, %d alerts, latency p50 %.3f ms, p99 %.3f ms, max %.3f ms (goal p99 < %.0f ms) %@",
                label.padding(toLength: 32, withPad: " ", startingAt: 0), Double(r.processed) / r.wall,
                r.alerts,
                r.percentile(0.5) * 1000, p99, (r.latencies.max() ?? .nan) * 1000, goalMs,
                p99 < goalMs ? "met" : "NOT met"))
    }
}
