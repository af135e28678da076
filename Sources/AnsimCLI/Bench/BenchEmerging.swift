import AnsimAnalytics
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim bench emerging`: emerging hot spot analysis beside a numpy/scipy reference.
struct BenchEmerging: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emerging",
        abstract: "Emerging hot spots on a 500 × 500 × 52 cube against a numpy/scipy reference.",
        discussion: """
            Generates a seeded cube of --side × --side cells and --steps steps (Poisson counts: \
            a background of 0.3 and 60 growing, fading or steady Gaussian hotspots) and runs \
            the analysis of `ansim analyze emerging` (queen, --time-lag, α 0.05) in process, \
            then scripts/bench/emerging_numpy.py — the published definitions vectorised in \
            numpy/scipy, in the pinned .venv-ref — on the same cube (a raw float64 file; \
            reading it is not timed on either side). Prints both times, their ratio, and the \
            agreement: max |Δ trend z| and the number of cells whose category differs. \
            --quick: a 40 × 40 × 12 cube; --no-reference: Ansim alone.
            """
    )

    @Option(help: "Cells per side (default 500; --quick 40).")
    var side: Int?

    @Option(help: "Time steps (default 52; --quick 12).")
    var steps: Int?

    @Option(help: "Previous steps in a bin's neighbourhood.")
    var timeLag = 1

    @Option(help: "Seed of the synthetic cube.")
    var seed: UInt64 = 20_261_128

    @Flag(help: "A small cube: a smoke run of a second.")
    var quick = false

    @Flag(help: "Run Ansim only.")
    var noReference = false

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let n = side ?? (quick ? 40 : 500)
        let t = steps ?? (quick ? 12 : 52)
        guard n >= 3, t >= 2 else { throw ValidationError("--side must be ≥ 3 and --steps ≥ 2") }
        let reference = noReference ? nil : try BenchAnalyticsReference.locate()
        let cube = try SpaceTimeCube(
            rows: n, cols: n, steps: t, counts: Self.counts(side: n, steps: t, seed: seed))
        let started = ContinuousClock.now
        let result = try EmergingHotSpots.analyze(cube, options: .init(contiguity: .queen, timeLag: timeLag))
        let ansimSeconds = (ContinuousClock.now - started).seconds
        var fields: [String: Any] = [
            "benchmark": "emerging", "size": "\(n)×\(n)×\(t)", "bins": cube.counts.count, "seed": seed,
            "ansim_seconds": ansimSeconds, "cores": ProcessInfo.processInfo.activeProcessorCount,
        ]
        if let reference {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
                "ansim-bench-emerging-\(getpid())"
            ).path
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let input = dir + "/cube.f64"
            let output = dir + "/out.f64"
            try cube.counts.withUnsafeBytes { try Data($0).write(to: URL(fileURLWithPath: input)) }
            let (report, _) = try reference.run(
                "emerging_numpy.py",
                [input, "\(n)", "\(n)", "\(t)", "--time-lag", "\(timeLag)", "--out", output])
            let values = try Data(contentsOf: URL(fileURLWithPath: output)).withUnsafeBytes {
                Array($0.bindMemory(to: Double.self))
            }
            guard values.count == 2 * cube.locations else {
                throw AnsimError("emerging_numpy.py wrote \(values.count) values")
            }
            let dz = (0..<cube.locations).map { abs(values[$0] - result.trendZ[$0]) }.max() ?? 0
            let all = EmergingCategory.allCases
            let differ = (0..<cube.locations).count {
                all[Int(values[cube.locations + $0])] != result.categories[$0]
            }
            fields["reference_seconds"] = report.seconds
            fields["ratio"] = report.seconds / ansimSeconds
            fields["max_abs_delta_trend_z"] = dz
            fields["categories_differing"] = differ
        }
        var tally: [EmergingCategory: Int] = [:]
        for c in result.categories { tally[c, default: 0] += 1 }
        fields["categories"] = Dictionary(uniqueKeysWithValues: tally.map { ($0.key.rawValue, $0.value) })
        if json {
            let data = try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        print(
            "Emerging hot spots on a synthetic \(n)×\(n)×\(t) cube (\(cube.counts.count) bins, seed \(seed)), queen, time lag \(timeLag)"
        )
        print("  ansim (in process)            \(String(format: "%8.3f", ansimSeconds)) s")
        if let ref = fields["reference_seconds"] as? Double {
            print("  numpy/scipy reference         \(String(format: "%8.3f", ref)) s")
            print("  ratio reference / ansim       \(String(format: "%8.2f", ref / ansimSeconds))×")
            print(
                "  agreement: max |Δ trend z| \(fields["max_abs_delta_trend_z"]!), categories differing \(fields["categories_differing"]!)"
            )
        }
        let found = EmergingCategory.allCases.compactMap { c in tally[c].map { "\(c.rawValue) \($0)" } }
        print("  categories: " + found.joined(separator: ", "))
    }

    /// Poisson counts (Knuth's product method; λ is small) from a 64-bit LCG (Knuth's MMIX
    /// constants): background 0.3 plus 60 Gaussian hotspots of σ 2–8 cells whose height grows,
    /// fades or stays over the steps.
    static func counts(side: Int, steps: Int, seed: UInt64) -> [Double] {
        var state = seed
        func unit() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) * 0x1p-53
        }
        let spots = (0..<60).map { _ in
            (
                r: unit() * Double(side), c: unit() * Double(side), sigma: 2 + 6 * unit(),
                height: 0.5 + 2 * unit(), kind: Int(unit() * 3)
            )
        }
        var lambda = [Double](repeating: 0.3, count: side * side)
        var out = [Double](repeating: 0, count: side * side * steps)
        for t in 0..<steps {
            let phase = Double(t) / Double(max(steps - 1, 1))
            for i in lambda.indices { lambda[i] = 0.3 }
            for s in spots {
                let h = s.height * (s.kind == 0 ? phase : s.kind == 1 ? 1 - phase : 0.5)
                let reach = Int(3 * s.sigma) + 1
                for r in max(0, Int(s.r) - reach)..<min(side, Int(s.r) + reach) {
                    for c in max(0, Int(s.c) - reach)..<min(side, Int(s.c) + reach) {
                        let d2 = (Double(r) - s.r) * (Double(r) - s.r) + (Double(c) - s.c) * (Double(c) - s.c)
                        lambda[r * side + c] += h * exp(-d2 / (2 * s.sigma * s.sigma))
                    }
                }
            }
            for i in lambda.indices {
                let limit = exp(-lambda[i])
                var k = 0.0
                var product = unit()
                while product > limit { k += 1; product *= unit() }
                out[t * side * side + i] = k
            }
        }
        return out
    }
}
