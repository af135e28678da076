/// A static uniform grid over GPS fixes whose cells keep their fixes **in time order**,
/// so a radius-and-window query reads, in each cell it touches, only the run of fixes
/// taken inside the window (two binary searches) instead of every fix ever held there.
///
/// The fixes' time, coordinates and wearer are copied into cell order, so the query
/// touches contiguous memory and none of ``FixIndex``'s row-ordered arrays. Built once
/// from a range of rows; rebuilt (or a second, smaller one built) as fixes arrive.
struct FixGrid: Sendable {
    /// Cell edge length in metres.
    let cellSize: Double
    let minX: Double
    let minY: Double
    let columns: Int
    let rows: Int
    /// Cell c holds entries `offsets[c] ..< offsets[c + 1]`, by ascending time.
    let offsets: [Int32]
    /// Per entry: the fix's row in ``FixIndex``, its time (ms), position and wearer.
    let items: [Int32]
    let times: [Int64]
    let xs: [Double]
    let ys: [Double]
    let persons: [Int32]

    /// An empty grid.
    init() {
        cellSize = 200
        minX = 0
        minY = 0
        columns = 1
        rows = 1
        offsets = [0, 0]
        items = []
        times = []
        xs = []
        ys = []
        persons = []
    }

    /// Indexes the fixes of `rows` (indices into the arrays given) in cells of `cellSize`.
    init(rows selected: Range<Int>, xs: [Double], ys: [Double], time: [Int64], person: [Int32], cellSize: Double = 200)
    {
        precondition(cellSize > 0)
        self.cellSize = cellSize
        var lx = Double.infinity
        var ly = Double.infinity
        var hx = -Double.infinity
        var hy = -Double.infinity
        for i in selected {
            lx = min(lx, xs[i])
            ly = min(ly, ys[i])
            hx = max(hx, xs[i])
            hy = max(hy, ys[i])
        }
        if selected.isEmpty { (lx, ly, hx, hy) = (0, 0, 0, 0) }
        minX = lx
        minY = ly
        let columns = max(1, Int((hx - lx) / cellSize) + 1)
        let rowCount = max(1, Int((hy - ly) / cellSize) + 1)
        self.columns = columns
        self.rows = rowCount
        var offsets = [Int32](repeating: 0, count: columns * rowCount + 1)
        var cells = [Int32](repeating: 0, count: selected.count)
        for (k, i) in selected.enumerated() {
            let c = min(Int((ys[i] - ly) / cellSize), rowCount - 1) * columns + min(Int((xs[i] - lx) / cellSize), columns - 1)
            cells[k] = Int32(c)
            offsets[c + 1] += 1
        }
        for c in 0..<(columns * rowCount) { offsets[c + 1] += offsets[c] }
        var next = offsets
        var items = [Int32](repeating: 0, count: selected.count)
        for (k, i) in selected.enumerated() {
            let c = Int(cells[k])
            items[Int(next[c])] = Int32(i)
            next[c] += 1
        }
        // Time order within each cell (rows of a cell arrive mostly in time order already).
        for c in 0..<(columns * rowCount) where offsets[c + 1] - offsets[c] > 1 {
            items[Int(offsets[c])..<Int(offsets[c + 1])].sort { (time[Int($0)], $0) < (time[Int($1)], $1) }
        }
        self.offsets = offsets
        self.items = items
        self.times = items.map { time[Int($0)] }
        self.xs = items.map { xs[Int($0)] }
        self.ys = items.map { ys[Int($0)] }
        self.persons = items.map { person[Int($0)] }
    }

    /// The number of fixes indexed.
    var count: Int { items.count }

    /// Calls `body(entry, distance)` for every fix within `radius` metres of (x, y) taken
    /// in `from ... to` (ms); `entry` indexes ``items``, ``times``, ``xs``, ``ys``, ``persons``.
    @inline(__always)
    func forEach(near x: Double, _ y: Double, within radius: Double, from: Int64, to: Int64,
                 _ body: (Int, Double) -> Void) {
        guard !items.isEmpty, x + radius >= minX, y + radius >= minY else { return }
        let c0 = max(0, Int(((x - radius) - minX) / cellSize))
        let c1 = min(columns - 1, Int(((x + radius) - minX) / cellSize))
        let r0 = max(0, Int(((y - radius) - minY) / cellSize))
        let r1 = min(rows - 1, Int(((y + radius) - minY) / cellSize))
        guard c0 <= c1, r0 <= r1 else { return }
        let r2 = radius * radius
        times.withUnsafeBufferPointer { t in
            xs.withUnsafeBufferPointer { px in
                ys.withUnsafeBufferPointer { py in
                    for r in r0...r1 {
                        for c in c0...c1 {
                            let cell = r * columns + c
                            var k = Self.firstAtOrAfter(t, from, Int(offsets[cell]), Int(offsets[cell + 1]))
                            let end = Int(offsets[cell + 1])
                            while k < end, t[k] <= to {
                                let dx = px[k] - x
                                let dy = py[k] - y
                                let d2 = dx * dx + dy * dy
                                if d2 <= r2 { body(k, d2.squareRoot()) }
                                k += 1
                            }
                        }
                    }
                }
            }
        }
    }

    /// The first position in `lo ..< hi` whose time is ≥ `t` (`hi` when none).
    @inline(__always)
    static func firstAtOrAfter(_ times: UnsafeBufferPointer<Int64>, _ t: Int64, _ lo: Int, _ hi: Int) -> Int {
        var lo = lo
        var hi = hi
        while lo < hi {
            let mid = (lo + hi) / 2
            if times[mid] < t { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
