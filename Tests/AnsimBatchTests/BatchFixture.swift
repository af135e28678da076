import AnsimAnalytics
import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation

/// A scratch database holding seeded, labelled synthetic incidents for three closed months
/// (2025-01 … 2025-03) of two agencies — `seoul` in the west of a 3 × 2 km grid and a second
/// Korean agency, `gyeonggi-test`, in the east — plus the points themselves, so that a test
/// can compute the cube in process. Times are spread over each month in Asia/Seoul; the
/// first point of each agency is at 00:30 KST on the 1st (still the previous day in UTC),
/// so a month taken in UTC instead of the agency's zone would misplace it.
struct BatchFixture {
    /// One synthetic incident.
    struct Point {
        let agency: String
        let month: String
        let x: Double
        let y: Double
    }

    static let months = ["2025-01", "2025-02", "2025-03"]
    static let agencies = ["gyeonggi-test", "seoul"]
    /// The fixed grid: 30 × 20 cells of 100 m.
    static let bbox = (xmin: 950_000.0, ymin: 1_950_000.0, xmax: 953_000.0, ymax: 1_952_000.0)
    static var bboxText: String { "\(bbox.xmin),\(bbox.ymin),\(bbox.xmax),\(bbox.ymax)" }

    let database: String
    let connection: Connection
    let points: [Point]
    let dir: String

    /// The environment for `ansim` against the scratch database.
    var environment: [String: String] {
        var env = TestEnvironment.environment()
        env["DATABASE_URL"] = try? TestDatabase.url(database: database)
        return env
    }

    init(pointsPerPartition: Int = 500, seed: UInt64 = 20_251_129) throws {
        (database, connection) = try TestDatabase.migratedScratch("batch")
        dir = try TestEnvironment.temporaryFolder("ansim-batch")
        try connection.execute(
            "INSERT INTO agency VALUES ('gyeonggi-test', 'synthetic test agency', 'KR', 5179, 'Asia/Seoul')",
            purpose: "add a second agency")
        var state = seed
        func unit() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) * 0x1p-53
        }
        var points: [Point] = []
        var rows: [[String]] = []
        for (a, agency) in Self.agencies.enumerated() {
            // Each agency's half of the grid, with a hotspot that moves month to month.
            let x0 = Self.bbox.xmin + (a == 0 ? 1500 : 0)
            for (m, month) in Self.months.enumerated() {
                let hot = (x: x0 + 300 + 300 * Double(m), y: Self.bbox.ymin + 600 + 200 * Double(m))
                for k in 0..<pointsPerPartition {
                    var x = x0 + unit() * 1500
                    var y = Self.bbox.ymin + unit() * 2000
                    if k % 3 == 0 { (x, y) = (hot.x + unit() * 250, hot.y + unit() * 250) }
                    if k == 1 { x = Self.bbox.xmin + 1000 + (a == 0 ? 1000 : 0) }  // on a cell edge
                    let day = k == 0 ? 1 : 1 + Int(unit() * 28)
                    let time =
                        k == 0
                        ? "00:30:00" : String(format: "%02d:%02d:00", Int(unit() * 24), Int(unit() * 60))
                    points.append(Point(agency: agency, month: month, x: x, y: y))
                    rows.append([
                        agency, "batch-test", "synthetic", "\(agency)-\(month)-\(k)",
                        "\(month)-\(day < 10 ? "0" : "")\(day) \(time)+09", k % 2 == 0 ? "절도" : "폭력",
                        "\(agency) station", "t", "SRID=5179;POINT(\(x) \(y))",
                    ])
                }
            }
        }
        self.points = points
        try connection.copyIn(
            """
            COPY incident (agency, source, source_file, source_key, occurred_at, crime_class, station, synthetic, geom)
            FROM STDIN
            """, purpose: "load synthetic incidents"
        ) { writer in
            for row in rows {
                for field in row { writer.append(field) }
                try writer.endRow()
            }
        }
    }

    /// The interpreter of .venv-batch (scripts/batch-env.sh creates it on first use).
    static func batchPython() throws -> String {
        let root = TestEnvironment.repositoryRoot
        let r = try Subprocess.run("/usr/bin/env", ["bash", root + "/scripts/batch-env.sh"], directory: root)
        guard r.status == 0, let python = r.output.split(whereSeparator: \.isNewline).last else {
            throw AnsimError("scripts/batch-env.sh failed: \(r.errorLine)")
        }
        return String(python)
    }

    /// `ansim batch export` of every month of both agencies into `dir/store`.
    func exportAll() throws -> (store: String, result: Subprocess.Result) {
        let store = dir + "/store"
        let result = try ansim(
            ["batch", "export", "--out", store] + Self.months.flatMap { ["--month", $0] })
        return (store, result)
    }

    /// Runs `ansim` against the scratch database.
    func ansim(_ arguments: [String]) throws -> Subprocess.Result {
        try TestEnvironment.ansim(arguments, environment: environment)
    }

    /// The cube computed in process by the Swift core: per month, counts of every cell of
    /// the fixed grid and Gi* (queen, binary, self included) on them.
    func inProcessCube() throws -> [String: (counts: [Double], gi: GetisOrd.Result)] {
        let grid = Grid(bbox: Self.bbox.xmin, Self.bbox.ymin, Self.bbox.xmax, Self.bbox.ymax, cell: 100)
        var cube: [String: (counts: [Double], gi: GetisOrd.Result)] = [:]
        for month in Self.months {
            let mine = points.filter { $0.month == month }
            let (counts, outside) = grid.counts(xs: mine.map(\.x), ys: mine.map(\.y))
            precondition(outside == 0)
            cube[month] = (counts, try GetisOrd.localStar(values: counts, grid: grid))
        }
        return cube
    }

    /// Drops the scratch database (dropped WITH FORCE, so this fixture's connection may stay
    /// open until it is released) and the files.
    func close() {
        TestDatabase.dropScratch(database)
        try? FileManager.default.removeItem(atPath: dir)
    }
}
