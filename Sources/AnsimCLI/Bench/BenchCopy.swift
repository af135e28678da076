import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim bench copy`.
struct BenchCopy: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "COPY throughput of the store layer against psql \\copy.",
        discussion: """
            Generates --rows rows (id bigint, x, y double precision: points spread over \
            Seoul in EPSG:5179 metres, from a fixed seed), then loads them into the table \
            bench_copy (1) through Ansim's store layer (values formatted and streamed with \
            libpq COPY FROM STDIN) and (2) with psql's \\copy from a CSV file of the same rows. \
            The table is emptied before each load; each load is timed --repeat times and the \
            median is reported, in rows per second, with the ratio Ansim / psql. Goal: ≥ 0.9×.
            """
    )

    @Option(help: "Rows to load.")
    var rows = 1_000_000

    @Option(help: "Timed loads per method (the median is reported).")
    var `repeat` = 3

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        guard rows > 0 else { throw ValidationError("--rows must be positive") }
        guard `repeat` > 0 else { throw ValidationError("--repeat must be positive") }
    }

    func run() throws {
        let connection = try Database.connect()
        let settings = try ConnectionSettings.resolve()
        try connection.executeScript(
            "DROP TABLE IF EXISTS bench_copy; CREATE TABLE bench_copy (id bigint, x double precision, y double precision)",
            purpose: "create the benchmark table")
        let points = BenchPoints(count: rows)

        var binaryTimes: [Double] = []
        var textTimes: [Double] = []
        for _ in 0..<`repeat` {
            try connection.executeScript("TRUNCATE bench_copy", purpose: "empty the benchmark table")
            var started = Date()
            var loaded = try connection.copyInBinary(
                "COPY bench_copy (id, x, y) FROM STDIN (FORMAT binary)", purpose: "load benchmark rows"
            ) { w in
                for i in 0..<points.count {
                    w.append(int64: Int64(i + 1))
                    w.append(float8: points.x[i])
                    w.append(float8: points.y[i])
                    try w.endRow()
                }
            }
            binaryTimes.append(Date().timeIntervalSince(started))
            try check(loaded, "Ansim (binary)")

            try connection.executeScript("TRUNCATE bench_copy", purpose: "empty the benchmark table")
            started = Date()
            loaded = try connection.copyIn(
                "COPY bench_copy (id, x, y) FROM STDIN", purpose: "load benchmark rows"
            ) { w in
                for i in 0..<points.count {
                    w.append(i + 1)
                    w.append(points.x[i])
                    w.append(points.y[i])
                    try w.endRow()
                }
            }
            textTimes.append(Date().timeIntervalSince(started))
            try check(loaded, "Ansim (text)")
        }

        let csv = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ansim-bench-copy-\(getpid()).csv")
        defer { try? FileManager.default.removeItem(at: csv) }
        try points.writeCSV(to: csv)
        let psql = psqlPath(settings)
        var psqlTimes: [Double] = []
        for _ in 0..<`repeat` {
            try connection.executeScript("TRUNCATE bench_copy", purpose: "empty the benchmark table")
            let started = Date()
            let result = try Subprocess.run(
                psql,
                [
                    "-X", "-q", "-v", "ON_ERROR_STOP=1", settings.libpqURL(),
                    "-c", "\\copy bench_copy (id, x, y) FROM '\(csv.path)' WITH (FORMAT csv)",
                ])
            psqlTimes.append(Date().timeIntervalSince(started))
            guard result.status == 0 else { throw AnsimError("psql \\copy failed: \(result.lastLine)") }
            let count = try connection.query("SELECT count(*) FROM bench_copy", purpose: "count rows")[0]
                .decode(Int.self, at: 0)
            try check(count, "psql")
        }
        try connection.executeScript("DROP TABLE bench_copy", purpose: "drop the benchmark table")
        report(binary: median(binaryTimes), text: median(textTimes), psql: median(psqlTimes))
    }

    private func check(_ loaded: Int, _ who: String) throws {
        guard loaded == rows else { throw AnsimError("\(who) loaded \(loaded) rows, expected \(rows)") }
    }

    private func psqlPath(_ settings: ConnectionSettings) -> String {
        if case .embedded(let c) = settings { return c.binDirectory + "/psql" }
        return Subprocess.which("psql") ?? "/usr/bin/psql"
    }

    private func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    private func report(binary: Double, text: Double, psql: Double) {
        let b = Double(rows) / binary, t = Double(rows) / text, p = Double(rows) / psql
        if json {
            print(
                #"{"benchmark":"copy","rows":\#(rows),"ansim_rows_per_s":\#(Int(b)),"ansim_text_rows_per_s":\#(Int(t)),"psql_rows_per_s":\#(Int(p)),"ratio":\#(String(format: "%.3f", b / p)),"goal":0.9}"#
            )
            return
        }
        print(
            "COPY of \(rows) rows (id bigint, x, y float8) into bench_copy, median of \(`repeat`) loads each")
        print(
            String(format: "  ansim store layer, binary COPY FROM STDIN  %7.3f s  %10.0f rows/s", binary, b))
        print(String(format: "  ansim store layer, text COPY FROM STDIN    %7.3f s  %10.0f rows/s", text, t))
        print(String(format: "  psql \\copy from CSV (reference)           %7.3f s  %10.0f rows/s", psql, p))
        print(
            String(format: "  ratio ansim (binary) / psql                %.2f×  (goal ≥ 0.90×)", b / p)
                + (b / p >= 0.9 ? " met" : " NOT met"))
        print(String(format: "  ratio ansim (text) / psql                  %.2f×", t / p))
    }
}

/// Deterministic benchmark points over Seoul's extent in EPSG:5179.
struct BenchPoints {
    let x: [Double]
    let y: [Double]
    var count: Int { x.count }

    init(count: Int, seed: UInt64 = 20_231_123) {
        var state = seed
        func next() -> Double {
            // SplitMix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return Double(z >> 11) / Double(1 << 53)
        }
        var xs = [Double](), ys = [Double]()
        xs.reserveCapacity(count)
        ys.reserveCapacity(count)
        for _ in 0..<count {
            xs.append(935_000 + next() * 37_000)
            ys.append(1_936_000 + next() * 31_000)
        }
        x = xs
        y = ys
    }

    func writeCSV(to url: URL) throws {
        var text = ""
        text.reserveCapacity(count * 40)
        for i in 0..<count {
            text += "\(i + 1),\(x[i]),\(y[i])\n"
        }
        try text.write(to: url, atomically: false, encoding: .utf8)
    }
}
