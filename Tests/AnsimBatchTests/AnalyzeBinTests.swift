import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// `ansim analyze bin`, the per-partition step: counts on a fixed grid add up over any
/// split of the points; bad rows are named.
@Suite struct AnalyzeBinTests {
    let dir: String

    init() throws { dir = try TestEnvironment.temporaryFolder("ansim-bin") }

    func bin(_ name: String, _ text: String, _ extra: [String] = []) throws -> (Subprocess.Result, String) {
        let points = dir + "/" + name
        try text.write(toFile: points, atomically: true, encoding: .utf8)
        let out = dir + "/" + name + ".counts"
        let r = try TestEnvironment.ansim(
            ["analyze", "bin", "--points", points, "--cell", "100", "--bbox", "0,0,300,200", "--out", out] + extra,
            environment: TestEnvironment.environment())
        return (r, (try? String(contentsOfFile: out, encoding: .utf8)) ?? "")
    }

    @Test func countsOfTheHalvesAddUpToTheWhole() throws {
        let first = "x,y,id\n0,0,1\n99.99,50,2\n100,0,3\n"
        let second = "x,y,id\n250,199.5,4\n100,99.999,5\n"
        let (a, countsA) = try bin("a.csv", first)
        let (b, countsB) = try bin("b.csv", second)
        let (w, whole) = try bin("w.csv", first + second.dropFirst(7))
        #expect(a.status == 0 && b.status == 0 && w.status == 0, "\(a.error)\(b.error)\(w.error)")
        #expect(countsA == "row,col,count\n0,0,2\n0,1,1\n")
        #expect(countsB == "row,col,count\n0,1,1\n1,2,1\n")
        #expect(whole == "row,col,count\n0,0,2\n0,1,2\n1,2,1\n")
        #expect(w.output.contains("binned 5 points into 3 cells of a 2×3 grid (100.0 m)"))
    }

    @Test func badRowsAreNamed() throws {
        let (outside, _) = try bin("out.csv", "x,y\n10,10\n300,10\n")
        #expect(outside.status == 1)
        #expect(outside.error.contains("out.csv: row 3: point (300.0, 10.0) is outside the grid"), "\(outside.error)")
        let (skipped, counts) = try bin("skip.csv", "x,y\n10,10\n300,10\n", ["--skip-outside"])
        #expect(skipped.status == 0)
        #expect(skipped.output.contains("binned 1 points into 1 cells") && skipped.output.contains("; 1 outside"))
        #expect(counts == "row,col,count\n0,0,1\n")
        let (nan, _) = try bin("nan.csv", "x,y\n10,10\nnan,10\n")
        #expect(nan.error.contains("nan.csv: row 3, column x: not a finite number"), "\(nan.error)")
    }
}
