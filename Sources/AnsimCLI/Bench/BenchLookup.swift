import AnsimLookup
import AnsimLookupStore
import AnsimRoutingStore
import AnsimStore
import AnsimSynth
import ArgumentParser
import Foundation

/// `ansim bench lookup`.
struct BenchLookup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Incident lookup in process beside the same query as bare PostGIS SQL; fix ingestion rate.",
        discussion: """
            Builds a scratch database (ansim_bench_lookup on the same server; dropped at the \
            end unless --keep) with seeded synthetic people (labelled synthetic): --wearers \
            with one fix a minute for an hour, --offenders registered offenders, --cameras \
            CCTV sites drawn around the real ones (cctv must be loaded), the police boxes, and \
            the road graph from --roads. Then, in one run:

              1. in-process lookup without the network reach, p50/p99 over --scenes scenes
              2. in-process lookup with the reach (foot and car, 1/3/5 minutes)
              3. the same query as bare PostGIS SQL (wearers' closest approach, offenders, \
                 covering cameras; with reach: pgr_drivingDistance foot and car), p50/p99
              4. fix ingestion: --fixes NDJSON lines parsed and inserted (COPY + ON CONFLICT) \
                 in transactions of 50,000, fixes/s
              5. HTTP: the server on loopback and wrk posting one lookup (with reach, audited) \
                 at about --rate requests/s for --http-seconds (needs /usr/bin/wrk)

            Goals: p99 ≤ 1 ms without reach, ≤ 5 ms with it; ingestion ≥ 50,000 fixes/s.
            """)

    @Option(help: "Electronic-monitoring wearers.") var wearers = 50_000
    @Option(help: "Registered offenders.") var offenders = 950_000
    @Option(help: "CCTV sites.") var cameras = 40_000
    @Option(help: "Scenes for the in-process figures.") var scenes = 2_000
    @Option(help: "Scenes for the SQL figures.") var sqlScenes = 200
    @Option(help: "Fixes for the ingestion figure.") var fixes = 200_000
    @Option(help: "Road file of the graph.") var roads = "../shared/data/roads/gangnam_juso_roadmap_2019/TL_SPRD_MANAGE.shp"
    @Option(help: "Seed.") var seed: UInt64 = 42
    @Flag(help: "Keep the bench database.") var keep = false
    @Option(help: "HTTP stage: requests per second (wrk, paced).") var rate = 500
    @Option(help: "HTTP stage: seconds (0 skips it).") var httpSeconds = 60
    @Option(help: "HTTP stage: loopback port.") var port = 18_799
    @Option(help: "Run the in-process stages (1, 2) this many times, printing each (for profiling).") var repeats = 1
    @Flag(help: "Only the in-process stages (1, 2): no SQL, ingestion or HTTP (for profiling).") var inProcessOnly = false

    func run() async throws {
        let main = try Database.connect()
        let settings = try ConnectionSettings.resolve(environment: ProcessInfo.processInfo.environment)
        let name = "ansim_bench_lookup"
        try main.executeScript("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", purpose: "drop an old bench database")
        try main.executeScript("CREATE DATABASE \(name)", purpose: "create the bench database")
        defer { if !keep { _ = try? main.executeScript("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", purpose: "drop the bench database") } }
        let db = try Connection(settings, database: name)
        try Migrator(directory: Migration.locateDirectory()).migrate(on: db)
        let setup = try BenchLookupData.build(
            main: main, bench: db, roads: roads, wearers: wearers, offenders: offenders, cameras: cameras, seed: seed)
        print(setup.summary)
        let store = try LookupStore(settings: settings, database: name)
        let t0 = Date()
        try store.load()
        print(String(format: "indexes loaded in %.1f s: %@", Date().timeIntervalSince(t0),
                     store.engine.summary.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))
        var rng = SynthRandom(seed: seed, stream: "bench-scenes")
        let queries = (0..<scenes).map { _ in setup.scene(&rng) }
        print(try BenchLookupRun.sceneSizes(store.engine, queries))
        var plain: [Double] = []
        var reach: [Double] = []
        for r in 0..<max(1, repeats) {
            plain = try BenchLookupRun.inProcess(store.engine, queries.map { var q = $0; q.includeReach = false; return q })
            reach = try BenchLookupRun.inProcess(store.engine, queries)
            if repeats > 1 || inProcessOnly {
                print("run \(r + 1):")
                BenchLookupRun.row("1 in process, without reach", plain, goal: 1)
                BenchLookupRun.row("2 in process, with reach", reach, goal: 5)
            }
        }
        if inProcessOnly { return }
        let sqlPlain = try BenchLookupRun.sql(db, Array(queries.prefix(sqlScenes)), reach: false)
        let sqlReach = try BenchLookupRun.sql(db, Array(queries.prefix(sqlScenes)), reach: true)
        print("lookup (same run, same scenes; ms)          p50       p99      mean   goal p99")
        BenchLookupRun.row("1 in process, without reach", plain, goal: 1)
        BenchLookupRun.row("2 in process, with reach", reach, goal: 5)
        BenchLookupRun.row("3a PostGIS SQL, without reach", sqlPlain, goal: nil)
        BenchLookupRun.row("3b PostGIS SQL + pgr_drivingDistance", sqlReach, goal: nil)
        let ingest = try BenchLookupRun.ingest(db, store: store, count: fixes, wearers: wearers, after: setup.until, seed: seed)
        print(String(format: "4 fix ingestion (parse NDJSON, COPY, ON CONFLICT): %d fixes in %.2f s = %.0f fixes/s (goal ≥ 50000)%@",
                     fixes, ingest, Double(fixes) / ingest, Double(fixes) / ingest >= 50_000 ? " met" : " NOT met"))
        if httpSeconds > 0 {
            let q = queries[0]
            let body = "{\"x\":\(q.x),\"y\":\(q.y),\"time\":\"\(ISOTime.format(q.time))\",\"code\":1,\"incident_class\":\"성폭력\"}"
            print(try await BenchLookupHTTP.run(
                store: store, settings: settings, database: name, bench: db, body: body, rate: rate, seconds: httpSeconds,
                port: port) + " (goal p99 < 10 ms, 0 errors)")
        }
    }
}
