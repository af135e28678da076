import AnsimHotline
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim bench geofence`.
struct BenchGeofence: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geofence",
        abstract: "Geofence engine at a fixed fix rate, beside a PostGIS ST_DWithin check of the same fixes.",
        discussion: """
            Seeded synthetic data (labelled synthetic): --orders tagged offenders with one or two \
            protected places each across Seoul, and --rate × --seconds GPS fixes, 5 % of them within \
            2 km of one of the wearer's places and 0.5 % within 100 m. Stages, in one run:

              1. in process, paced: fixes arrive at --rate per second; latency = alert out − fix due
              2. end to end, paced: the same, until the alert is committed to PostgreSQL and appended
                 to an alert file (batched every 10 ms)
              3. in process, unpaced: the engine's ceiling in fixes per second
              4. PostGIS reference: the fixes and places COPYed into tables, then one
                 ST_DWithin(fix, place, 2000) join per wearer — and a brute-force join of the first
                 10 000 fixes against every place — with the pairs compared to the engine's.

            Goal: p99 < 10 ms in process and < 1 s end to end at 10 000 fixes/s with 10 000 orders.
            """)

    @Option(help: "Active orders (tagged offenders).") var orders = 10_000
    @Option(help: "Fixes per second.") var rate = 10_000.0
    @Option(help: "Seconds of fixes.") var seconds = 10.0
    @Option(help: "Seed.") var seed: UInt64 = 42

    func run() async throws {
        var gen = SyntheticHotline(seed: seed)
        let places = gen.places(tags: orders)
        let count = Int(rate * seconds)
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        let fixes = gen.fixes(count, places: places, rate: rate, start: start)
        print(
            "geofence benchmark (synthetic): \(orders) orders, \(places.count) places, \(count) fixes at \(Int(rate))/s, seed \(seed)"
        )

        let paced = BenchGeofenceRun.paced(places: places, fixes: fixes, rate: rate)
        BenchGeofenceRun.report("1 in process, paced", paced, goalMs: 10)

        let c = try Database.connect()
        let e2e = try await BenchGeofenceRun.endToEnd(places: places, fixes: fixes, rate: rate, on: c)
        BenchGeofenceRun.report("2 end to end (PostgreSQL + file)", e2e, goalMs: 1_000)

        let ceiling = BenchGeofenceRun.unpaced(places: places, fixes: fixes)
        print(String(format: "3 in process, unpaced         %12.0f fixes/s", ceiling))

        let reference = try BenchGeofenceReference.run(places: places, fixes: fixes, on: c)
        print(
            String(
                format: "4 PostGIS ST_DWithin per wearer %10.0f fixes/s   (%.2f s for %d fixes)",
                Double(count) / reference.seconds, reference.seconds, count))
        print(
            String(
                format: "  PostGIS brute force, all places %8.0f fixes/s   (first %d fixes)",
                reference.bruteRate, reference.bruteFixes))
        print(
            "  pairs within 2 km: engine \(reference.enginePairs2km), PostGIS \(reference.pairs2km); within 100 m: engine \(reference.enginePairs100m), PostGIS \(reference.pairs100m)"
        )
        print(
            String(
                format: "  ratio engine (unpaced) / PostGIS per wearer: %.0f×",
                ceiling / (Double(count) / reference.seconds)))
    }
}
