import AnsimAnalytics
import Foundation
import Testing

@Suite struct KDETests {
    /// The rows of a fixture CSV as numbers, keyed by the header.
    static func table(_ name: String) throws -> [String: [Double]] {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Fixtures"))
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        let header = lines[0].split(separator: ",").map(String.init)
        var out = [String: [Double]]()
        for line in lines.dropFirst() {
            for (name, field) in zip(header, line.split(separator: ",")) {
                out[name, default: []].append(Double(field)!)
            }
        }
        return out
    }

    /// Reference: numpy brute force over every point (scripts/fixtures/kde_knox.py), 1e-9
    /// relative for every kernel, weighted and not. The fixture has points outside the grid,
    /// on cell centres and edges, and one exactly at distance h from a centre.
    @Test(arguments: KernelShape.allCases)
    func matchesBruteForceReference(kernel: KernelShape) throws {
        let points = try Self.table("kde_points")
        let expected = try Self.table("kde_expected")
        let grid = Grid(xmin: 1000, ymin: 2000, cell: 100, rows: 30, cols: 40)
        for weighted in [false, true] {
            let density = try KDE.density(
                xs: points["x"]!, ys: points["y"]!, weights: weighted ? points["weight"]! : nil, grid: grid,
                bandwidth: 350, kernel: kernel)
            let reference = expected[kernel.rawValue + (weighted ? "_weighted" : "")]!
            #expect(density.count == grid.count)
            var worst = 0.0
            var bad = [Int]()
            for i in 0..<grid.count {
                #expect(Int(expected["row"]![i]) * grid.cols + Int(expected["col"]![i]) == i)
                let error = abs(density[i] - reference[i])
                if error > 1e-9 * reference[i] { bad.append(i) }
                worst = max(worst, reference[i] > 0 ? error / reference[i] : error)
            }
            #expect(
                bad.isEmpty,
                "\(bad.count) cells off, e.g. \(bad.first.map { "\($0): \(density[$0]) vs \(reference[$0])" } ?? "")"
            )
            #expect(worst < 1e-10, "worst relative error \(worst)")
            #expect(reference.contains(0) == (kernel != .gaussian))
        }
    }

    /// Σ density · cell² = number of points far from the edges, up to the midpoint rule's
    /// error for h = 5 cells (measured over random offsets: quartic < 7·10⁻⁴, Epanechnikov
    /// < 7·10⁻³ per point, Gaussian at rounding).
    @Test(arguments: [(KernelShape.quartic, 1e-3), (.epanechnikov, 1e-2), (.gaussian, 1e-10)])
    func integratesToTheNumberOfPoints(kernel: KernelShape, tolerance: Double) throws {
        let grid = Grid(xmin: 0, ymin: 0, cell: 10, rows: 120, cols: 150)
        var random = Random(seed: 3)
        let n = 300
        let xs = (0..<n).map { _ in 650 + 200 * random.unit() }
        let ys = (0..<n).map { _ in 500 + 200 * random.unit() }
        let density = try KDE.density(xs: xs, ys: ys, grid: grid, bandwidth: 50, kernel: kernel)
        let mass = density.reduce(0, +) * grid.cell * grid.cell
        #expect(abs(mass - Double(n)) <= tolerance * Double(n), "\(kernel): \(mass)")
    }

    @Test func edgeCases() throws {
        let grid = Grid(xmin: 0, ymin: 0, cell: 10, rows: 7, cols: 9)
        for kernel in KernelShape.allCases {
            #expect(
                try KDE.density(xs: [], ys: [], grid: grid, bandwidth: 20, kernel: kernel)
                    == Array(repeating: 0, count: 63))
            // One point on the centre of cell (3, 4): the kernel's peak there, K(d) elsewhere.
            let one = try KDE.density(xs: [45], ys: [35], grid: grid, bandwidth: 20, kernel: kernel)
            for r in 0..<7 {
                for c in 0..<9 {
                    let (x, y) = grid.center(row: r, col: c)
                    let k = kernel.value(
                        distance: ((x - 45) * (x - 45) + (y - 35) * (y - 35)).squareRoot(), bandwidth: 20)
                    #expect(abs(one[r * 9 + c] - k) <= 1e-15 * max(k, 1e-3))
                }
            }
            let peak = [
                KernelShape.quartic: 3 / (Double.pi * 400), .epanechnikov: 2 / (Double.pi * 400),
                .gaussian: 1 / (2 * Double.pi * 400),
            ]
            #expect(abs(one[3 * 9 + 4] - peak[kernel]!) < 1e-18)
            // Cells exactly h away get nothing from the compact kernels: (3, 2) and (1, 4).
            if kernel != .gaussian {
                #expect(one[3 * 9 + 2] == 0 && one[1 * 9 + 4] == 0 && one[3 * 9 + 3] > 0)
            }
            // Ten points in one cell: ten times one point there; a weight of 10 likewise.
            let ten = try KDE.density(
                xs: Array(repeating: 45, count: 10), ys: Array(repeating: 35, count: 10), grid: grid,
                bandwidth: 20, kernel: kernel)
            let weighted = try KDE.density(
                xs: [45], ys: [35], weights: [10], grid: grid, bandwidth: 20, kernel: kernel)
            for i in 0..<63 {
                #expect(abs(ten[i] - 10 * one[i]) <= 1e-14 * ten[i])
                #expect(abs(weighted[i] - 10 * one[i]) <= 1e-14 * weighted[i])
            }
            // A point far outside the grid adds nothing.
            #expect(
                try KDE.density(xs: [1e6], ys: [35], grid: grid, bandwidth: 20, kernel: kernel).allSatisfy {
                    $0 == 0
                })
        }
    }

    @Test func rejectsBadInput() {
        let grid = Grid(xmin: 0, ymin: 0, cell: 10, rows: 3, cols: 3)
        func fails(_ message: String, _ body: () throws -> [Double]) {
            #expect {
                _ = try body()
            } throws: { ($0 as? AnalyticsError)?.description.contains(message) == true }
        }
        fails("point 2 is (nan, 5.0)") {
            try KDE.density(xs: [1, .nan], ys: [1, 5], grid: grid, bandwidth: 10, kernel: .quartic)
        }
        fails("point 1 is (1.0, inf)") {
            try KDE.density(xs: [1], ys: [.infinity], grid: grid, bandwidth: 10, kernel: .gaussian)
        }
        fails("point 1 has weight nan") {
            try KDE.density(xs: [1], ys: [1], weights: [.nan], grid: grid, bandwidth: 10, kernel: .quartic)
        }
        fails("2 x coordinates but 1 y") {
            try KDE.density(xs: [1, 2], ys: [1], grid: grid, bandwidth: 10, kernel: .quartic)
        }
        fails("2 weights for 1 points") {
            try KDE.density(xs: [1], ys: [1], weights: [1, 2], grid: grid, bandwidth: 10, kernel: .quartic)
        }
        fails("is out of range") {
            try KDE.density(xs: [1], ys: [1], grid: grid, bandwidth: 1e200, kernel: .quartic)
        }
        for h in [0, -5, Double.nan, .infinity] {
            fails("the bandwidth is") {
                try KDE.density(xs: [1], ys: [1], grid: grid, bandwidth: h, kernel: .epanechnikov)
            }
        }
    }

    /// Many bands of rows (a tall grid) and clustered points: the same as a plain double loop
    /// over cells and points with ``KernelShape/value(distance:bandwidth:)``.
    @Test(arguments: KernelShape.allCases)
    func bandsAgreeWithDirectSum(kernel: KernelShape) throws {
        let grid = Grid(xmin: -50, ymin: -50, cell: 7, rows: 300, cols: 23)
        var random = Random(seed: 11)
        let xs = (0..<150).map { _ in -80 + 250 * random.unit() }
        let ys = (0..<150).map { i in i < 100 ? 900 + 60 * random.unit() : -80 + 2300 * random.unit() }
        let h = 31.0
        let density = try KDE.density(xs: xs, ys: ys, grid: grid, bandwidth: h, kernel: kernel)
        for r in 0..<grid.rows {
            for c in 0..<grid.cols {
                let (x, y) = grid.center(row: r, col: c)
                var sum = 0.0
                for i in xs.indices {
                    sum += kernel.value(
                        distance: ((x - xs[i]) * (x - xs[i]) + (y - ys[i]) * (y - ys[i])).squareRoot(),
                        bandwidth: h)
                }
                let got = density[grid.index(row: r, col: c)]
                #expect(abs(got - sum) <= 1e-12 * sum + 1e-14 / (h * h), "(\(r), \(c))")
            }
        }
    }

    /// A tiny seeded generator (SplitMix64) for test patterns.
    struct Random {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        /// Uniform in [0, 1).
        mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
    }
}
