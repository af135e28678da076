import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// `ansim analyze emerging|ripley|profile|repeats` end to end on small files: the output
/// columns of the contract, and errors that name the file and the row.
@Suite struct AnalyzeToolkitTests {
    let dir: String

    init() throws { dir = try TestEnvironment.temporaryFolder("ansim-toolkit") }

    func ansim(_ arguments: [String]) throws -> Subprocess.Result {
        try TestEnvironment.ansim(["analyze"] + arguments, environment: TestEnvironment.environment())
    }

    func write(_ name: String, _ text: String) throws -> String {
        let path = dir + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A 5 × 5 × 6 cube whose centre block turns hot in the last two steps.
    func cube() -> String {
        var lines = ["row,col,t,count"]
        for t in 0..<6 {
            for r in 0..<5 {
                for c in 0..<5 {
                    let hot = t >= 4 && (1...3).contains(r) && (1...3).contains(c)
                    lines.append("\(r),\(c),\(t),\(hot ? 20 : (r + c + t) % 3)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func emerging() throws {
        let cube = try write("cube.csv", cube())
        let out = dir + "/out.csv"
        let r = try ansim([
            "emerging", "--cube", cube, "--neighbours", "queen", "--time-lag", "1", "--out", out,
        ])
        #expect(r.status == 0, "\(r.error)")
        #expect(r.output.contains("wrote emerging hot spots for 25 cells (5×5, 6 steps, queen, time lag 1)"))
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "row,col,category,trend_z,trend_p")
        #expect(lines.count == 26)
        #expect(lines[1 + 2 * 5 + 2].hasPrefix("2,2,consecutive_hot_spot,"))
    }

    @Test func emergingNamesTheBadRow() throws {
        let missing = try write("missing.csv", "row,col,t,count\n0,0,0,1\n0,1,0,2\n0,0,1,1\n")
        let r = try ansim(["emerging", "--cube", missing, "--out", dir + "/x.csv"])
        #expect(r.status != 0)
        #expect(r.error.contains("missing.csv: bin (row 0, col 1, t 1) is missing"))
        let nan = try write("nan.csv", "row,col,t,count\n0,0,0,1\n0,0,1,nan\n")
        let n = try ansim(["emerging", "--cube", nan, "--out", dir + "/x.csv"])
        #expect(n.status != 0)
        #expect(n.error.contains("nan.csv: row 3, column count: not a finite number"))
    }

    /// `ansim hotspots --method emerging` rejects a bad --step or --time-lag before it reads
    /// the database (the run itself: AnsimAnalyticsTests/EmergingJobTests).
    @Test func hotspotsEmergingFlags() throws {
        let env = TestEnvironment.environment()
        let step = try TestEnvironment.ansim(
            ["hotspots", "--area", "강남구", "--method", "emerging", "--step", "2m"], environment: env)
        #expect(step.status != 0)
        #expect(step.error.contains("--step 2m: expected a number of days or weeks"))
        let lag = try TestEnvironment.ansim(
            ["hotspots", "--area", "강남구", "--method", "emerging", "--time-lag=-1"], environment: env)
        #expect(lag.status != 0)
        #expect(lag.error.contains("--time-lag must be ≥ 0"))
        let method = try TestEnvironment.ansim(["hotspots", "--area", "강남구", "--method", "x"], environment: env)
        #expect(method.error.contains("expected kde, gistar, moran or emerging"))
    }

    @Test func ripleyProfileRepeats() throws {
        var pts = ["x,y"]
        for i in 0..<60 { pts.append("\(100 + (i * 37) % 800),\(100 + (i * 53) % 700)") }
        let points = try write("pts.csv", pts.joined(separator: "\n") + "\n")
        let k = dir + "/k.csv"
        let r = try ansim([
            "ripley", "--points", points, "--bbox", "0,0,1000,1000", "--distances", "50,100,200",
            "--permutations", "19", "--seed", "4", "--out", k,
        ])
        #expect(r.status == 0, "\(r.error)")
        #expect(r.output.contains("\"ann_ratio\""))
        let kLines = try String(contentsOfFile: k, encoding: .utf8).split(separator: "\n")
        #expect(kLines.first == "d,K,L,lo,hi" && kLines.count == 4)

        let series = try write("series.csv", "x,y\n400,400\n600,420\n520,610\n450,560\n")
        let surface = dir + "/surface.csv"
        let p = try ansim([
            "profile", "--series", series, "--cell", "50", "--bbox", "0,0,1000,1000", "--out", surface,
            "--anchor", "500,500",
        ])
        #expect(p.status == 0, "\(p.error)")
        #expect(p.output.contains("hit score: "))
        let rows = try String(contentsOfFile: surface, encoding: .utf8).split(separator: "\n")
        #expect(rows.first == "row,col,x,y,p" && rows.count == 401)
        let total = rows.dropFirst().map { Double($0.split(separator: ",")[4])! }.reduce(0, +)
        #expect(abs(total - 1) <= 1e-12)

        let events = try write(
            "ev.csv", "x,y,t\n1,1,2023-01-01\n1,1,2023-01-05\n2,2,2023-01-01\n1,1,2023-03-01\n")
        let curve = dir + "/curve.csv"
        let e = try ansim(["repeats", "--events", events, "--days", "28", "--band", "7", "--out", curve])
        #expect(e.status == 0, "\(e.error)")
        #expect(e.output.contains(#""events":4,"places":2,"repeat_places":1,"repeats":1"#))
    }
}
