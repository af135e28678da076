import AnsimAnalytics
import Foundation

/// The seeded synthetic inputs of `ansim bench analytics`: points shaped like recorded
/// incidents, and grids of their counts, written in the `ansim analyze` file contract.
///
/// Points fall in a square of `side` metres whose lower-left corner is ``origin`` (EPSG:5179
/// metres, south-west Seoul): 60 % in 120 Gaussian hotspots and 40 % uniformly over the
/// square. Hotspot centres are uniform in the square (5 % inset), their σ log-uniform from
/// 0.3 % to 3 % of the side (90–900 m on a 30 km square) and their shares of the clustered
/// points proportional to the cube of a uniform draw (a few dominant hotspots, a long tail).
/// Hotspot points may fall outside the square; KDE keeps them (they add to the cells they
/// reach), count grids drop them. The same seed gives the same points on every machine.
struct BenchAnalyticsInputs {
    /// The lower-left corner of every generated square, EPSG:5179 metres.
    static let origin = (x: 935_000.0, y: 1_936_000.0)
    /// Share of the points that fall in hotspots (the rest are the uniform background).
    static let clusteredShare = 0.6
    /// Number of Gaussian hotspots.
    static let hotspots = 120

    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// `count` points over the square of `side` metres from ``origin``.
    mutating func points(count: Int, side: Double) -> (xs: [Double], ys: [Double]) {
        var centres: [(x: Double, y: Double, sigma: Double)] = []
        var cumulative: [Double] = []
        for _ in 0..<Self.hotspots {
            let x = Self.origin.x + side * (0.05 + 0.9 * uniform())
            let y = Self.origin.y + side * (0.05 + 0.9 * uniform())
            let sigma = side * 0.003 * pow(10, uniform())
            centres.append((x, y, sigma))
            let u = uniform()
            cumulative.append((cumulative.last ?? 0) + u * u * u)
        }
        var xs = [Double](), ys = [Double]()
        xs.reserveCapacity(count)
        ys.reserveCapacity(count)
        for _ in 0..<count {
            if uniform() < Self.clusteredShare {
                let target = uniform() * cumulative.last!
                let k = min(cumulative.partitioningIndex { $0 > target }, centres.count - 1)
                let (gx, gy) = gaussianPair()
                xs.append(centres[k].x + centres[k].sigma * gx)
                ys.append(centres[k].y + centres[k].sigma * gy)
            } else {
                xs.append(Self.origin.x + side * uniform())
                ys.append(Self.origin.y + side * uniform())
            }
        }
        return (xs, ys)
    }

    /// A `side × side` grid of `cell`-metre cells from ``origin`` holding the counts of
    /// `perCell · side²` points (on average `perCell` a cell; most cells of the background
    /// hold 0–2, hotspot cells dozens).
    mutating func countGrid(side: Int, cell: Double, perCell: Int = 2) -> (grid: Grid, counts: [Double]) {
        let grid = Grid(xmin: Self.origin.x, ymin: Self.origin.y, cell: cell, rows: side, cols: side)
        let points = points(count: perCell * side * side, side: Double(side) * cell)
        return (grid, grid.counts(xs: points.xs, ys: points.ys).counts)
    }

    /// Writes `row,col,count` for every cell, row-major (the input of `ansim analyze gistar`
    /// and `moran`, and of scripts/bench/gistar_esda.py and moran_esda.py).
    static func writeCells(_ counts: [Double], cols: Int, to path: String) throws {
        try AnalyticsIO.write(path, header: ["row", "col", "count"], rows: counts.count) { i in
            [String(i / cols), String(i % cols), String(Int(counts[i]))]
        }
    }

    /// Writes `x,y` for every point, each coordinate as the shortest text that reads back to
    /// the same double (the input of `ansim analyze kde` and scripts/bench/kde_ckdtree.py).
    static func writePoints(xs: [Double], ys: [Double], to path: String) throws {
        try AnalyticsIO.write(path, header: ["x", "y"], rows: xs.count) { i in
            [AnalyticsIO.number(xs[i]), AnalyticsIO.number(ys[i])]
        }
    }

    /// Uniform in [0, 1): SplitMix64, top 53 bits.
    private mutating func uniform() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
    }

    /// Two independent standard normal draws (Box–Muller).
    private mutating func gaussianPair() -> (Double, Double) {
        let r = (-2 * log(1 - uniform())).squareRoot()
        let t = 2 * Double.pi * uniform()
        return (r * cos(t), r * sin(t))
    }
}

extension Array where Element == Double {
    /// The first index whose element satisfies `belongs` (elements must be partitioned:
    /// all failing before all passing); `count` when none does.
    fileprivate func partitioningIndex(where belongs: (Double) -> Bool) -> Int {
        var (lo, hi) = (0, count)
        while lo < hi {
            let mid = (lo + hi) / 2
            if belongs(self[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
