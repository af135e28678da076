/// A space–time cube: a rectangular grid of `rows × cols` locations observed at `steps`
/// equal time steps, one count per bin (location × step) — the netCDF cube of ArcGIS Pro's
/// *Create Space Time Cube By Aggregating Points* (Esri, "How Create Space Time Cube works",
/// ArcGIS Pro 3.x tool reference), held as one contiguous array.
///
/// Bin (row, col, t) is at index (t·rows + row)·cols + col: each time step is a row-major
/// grid of the layout of ``Grid`` (row 0 southernmost), and the steps follow each other.
public struct SpaceTimeCube: Sendable, Equatable {
    public let rows: Int
    public let cols: Int
    public let steps: Int
    /// One finite count per bin, at ``index(row:col:t:)``.
    public var counts: [Double]

    /// A cube from its counts in the layout above; throws when the shape and the number of
    /// counts disagree or a count is not finite.
    public init(rows: Int, cols: Int, steps: Int, counts: [Double]) throws(AnalyticsError) {
        guard rows > 0, cols > 0, steps > 0 else {
            throw AnalyticsError("a space–time cube needs at least one row, column and time step")
        }
        guard counts.count == rows * cols * steps else {
            throw AnalyticsError(
                "\(counts.count) counts for a cube of \(rows)×\(cols) cells × \(steps) steps "
                    + "(\(rows * cols * steps) bins)")
        }
        self.rows = rows
        self.cols = cols
        self.steps = steps
        self.counts = counts
        if let i = counts.firstIndex(where: { !$0.isFinite }) {
            throw AnalyticsError("\(describe(i)) is \(counts[i]), not a finite number")
        }
    }

    /// Number of locations (cells).
    public var locations: Int { rows * cols }

    /// Index of bin (row, col, t).
    @inline(__always)
    public func index(row: Int, col: Int, t: Int) -> Int { (t * rows + row) * cols + col }

    /// "bin (row 3, col 4, t 7)".
    public func describe(_ index: Int) -> String {
        let t = index / locations
        let cell = index % locations
        return "bin (row \(cell / cols), col \(cell % cols), t \(t))"
    }

    /// The series of one location (index row·cols + col) over time.
    public func series(location: Int) -> [Double] {
        (0..<steps).map { counts[$0 * locations + location] }
    }

    /// Arranges records (row, col, t, count) that list every bin of a cube exactly once, in
    /// any order. Throws naming the first bad record (`describe(k)`, e.g. "cube.csv: line 7"):
    /// an index that is not a non-negative integer, a count that is not finite or is negative,
    /// a bin listed twice, or a missing bin (a mismatched cube).
    public static func records(
        rows r: [Double], cols c: [Double], steps t: [Double], counts: [Double],
        describe: (Int) -> String = { "record \($0 + 1)" }
    ) throws(AnalyticsError) -> SpaceTimeCube {
        precondition(r.count == counts.count && c.count == counts.count && t.count == counts.count)
        guard !counts.isEmpty else { throw AnalyticsError("no bins: the cube is empty") }
        func index(_ v: Double) -> Bool { v >= 0 && v < 16_777_216 && v.rounded() == v }
        var (nr, nc, nt) = (0, 0, 0)
        for k in counts.indices {
            for (name, v) in [("row", r[k]), ("col", c[k]), ("t", t[k])] where !index(v) {
                throw AnalyticsError("\(describe(k)): \(name) \(v) is not a non-negative integer")
            }
            guard counts[k].isFinite, counts[k] >= 0 else {
                throw AnalyticsError("\(describe(k)): count \(counts[k]) is not a finite non-negative number")
            }
            (nr, nc, nt) = (max(nr, Int(r[k]) + 1), max(nc, Int(c[k]) + 1), max(nt, Int(t[k]) + 1))
        }
        let (total, overflow) = (nr * nc).multipliedReportingOverflow(by: nt)
        guard !overflow, total <= 4 * counts.count + 64 else {
            throw AnalyticsError(
                "\(counts.count) bins listed, but the \(nr)×\(nc)×\(nt) cube spanned by them has "
                    + "\(overflow ? "too many" : "\(total)") bins: every cell × every step is needed")
        }
        var record = [Int32](repeating: -1, count: total)
        var values = [Double](repeating: 0, count: total)
        for k in counts.indices {
            let i = (Int(t[k]) * nr + Int(r[k])) * nc + Int(c[k])
            guard record[i] < 0 else {
                throw AnalyticsError(
                    "\(describe(k)): bin (row \(Int(r[k])), col \(Int(c[k])), t \(Int(t[k]))) is listed twice "
                        + "(first at \(describe(Int(record[i]))))")
            }
            record[i] = Int32(k)
            values[i] = counts[k]
        }
        let cube = try SpaceTimeCube(rows: nr, cols: nc, steps: nt, counts: values)
        if let i = record.firstIndex(of: -1) {
            throw AnalyticsError(
                "\(cube.describe(i)) is missing: the \(nr)×\(nc)×\(nt) cube needs every cell × every step "
                    + "(\(total - counts.count) missing)")
        }
        return cube
    }
}
