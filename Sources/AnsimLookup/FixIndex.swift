/// The GPS fixes in memory: a table of fixes, each wearer's fixes in time order (for
/// duplicates, the last fix and headings), and time-ordered spatial grids (``FixGrid``)
/// over them in three tiers, so that ingestion never rebuilds the big grid often:
/// the main grid over the oldest rows, a delta grid over most newer rows (rebuilt, at
/// the cost of its own size, each time ``tailLimit`` more rows have arrived), and at most
/// ``tailLimit`` newest rows scanned directly. The main grid is rebuilt when the delta
/// outgrows an eighth of it (at least 20,000 rows).
///
/// Out-of-order fixes are inserted in their place; a second fix of the same wearer at
/// the same millisecond is a duplicate and ignored. Not thread-safe: ``LookupEngine``
/// guards it.
public struct FixIndex: Sendable {
    var person: [Int32] = []
    var time: [Int64] = []
    var xs: [Double] = []
    var ys: [Double] = []
    var heading: [Float] = []
    /// Per wearer (dense index), the rows of its fixes by ascending time.
    var tracks: [[Int32]] = []
    /// Wearer id → dense index.
    var denseIndex: [Int64: Int32] = [:]
    var ids: [Int64] = []
    /// Grid over rows `0 ..< gridded`.
    var grid = FixGrid()
    var gridded = 0
    /// Grid over rows `gridded ..< deltaEnd`.
    var delta = FixGrid()
    var deltaEnd = 0
    /// Rows past the grids scanned directly before the delta grid is rebuilt.
    static let tailLimit = 4_096

    /// An empty index.
    public init() {}

    /// The number of fixes held.
    public var count: Int { time.count }

    /// Adds fixes; returns how many were new (duplicates are skipped). With
    /// `deferMainRebuild`, a stale main grid is left for the caller to rebuild off its
    /// lock (``mainGridIsStale``, ``installMainGrid(_:upTo:)``); the delta grid grows meanwhile.
    @discardableResult
    public mutating func insert(_ fixes: [GPSFix], deferMainRebuild: Bool = false) -> Int {
        var added = 0
        for f in fixes {
            let p: Int32
            if let known = denseIndex[f.person] {
                p = known
            } else {
                p = Int32(ids.count)
                denseIndex[f.person] = p
                ids.append(f.person)
                tracks.append([])
            }
            let at = insertionPoint(tracks[Int(p)], f.time)
            if at < tracks[Int(p)].count, time[Int(tracks[Int(p)][at])] == f.time { continue }
            let row = Int32(time.count)
            person.append(p)
            time.append(f.time)
            xs.append(f.x)
            ys.append(f.y)
            heading.append(f.heading.map { Float($0) } ?? .nan)
            tracks[Int(p)].insert(row, at: at)
            added += 1
        }
        if mainGridIsStale && !deferMainRebuild {
            rebuildGrid()
        } else if count - deltaEnd > Self.tailLimit {
            delta = FixGrid(rows: gridded..<count, xs: xs, ys: ys, time: time, person: person)
            deltaEnd = count
        }
        return added
    }

    /// True when the rows past the main grid outnumber an eighth of it (at least 20,000).
    public var mainGridIsStale: Bool { count - gridded > max(20_000, gridded / 8) }

    /// The arrays a main grid is built from (copies share storage until the index changes).
    public var gridSource: (xs: [Double], ys: [Double], time: [Int64], person: [Int32]) { (xs, ys, time, person) }

    /// Installs a main grid built (off the lock) over rows `0 ..< rows`, and re-indexes
    /// the rows that arrived meanwhile in the delta grid.
    mutating func installMainGrid(_ main: FixGrid, upTo rows: Int) {
        guard rows > gridded, rows <= count else { return }
        grid = main
        gridded = rows
        delta = FixGrid(rows: gridded..<count, xs: xs, ys: ys, time: time, person: person)
        deltaEnd = count
    }

    /// Re-indexes every fix in the main grid.
    public mutating func rebuildGrid() {
        grid = FixGrid(rows: 0..<count, xs: xs, ys: ys, time: time, person: person)
        gridded = count
        delta = FixGrid()
        deltaEnd = count
    }

    /// The first position in `rows` whose time is ≥ `t`.
    func insertionPoint(_ rows: [Int32], _ t: Int64) -> Int {
        var lo = 0
        var hi = rows.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if time[Int(rows[mid])] < t { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Calls `body(row, person, time, distance)` for each fix within `radius` of (x, y)
    /// taken in `from ... to` (ms): `person` is the wearer's dense index.
    @inline(__always)
    func forEach(near x: Double, _ y: Double, within radius: Double, from: Int64, to: Int64,
                 _ body: (Int32, Int32, Int64, Double) -> Void) {
        grid.forEach(near: x, y, within: radius, from: from, to: to) { k, d in
            body(grid.items[k], grid.persons[k], grid.times[k], d)
        }
        delta.forEach(near: x, y, within: radius, from: from, to: to) { k, d in
            body(delta.items[k], delta.persons[k], delta.times[k], d)
        }
        let r2 = radius * radius
        var k = deltaEnd
        while k < count {
            let t = time[k]
            if t >= from && t <= to {
                let dx = xs[k] - x
                let dy = ys[k] - y
                if dx * dx + dy * dy <= r2 { body(Int32(k), person[k], t, (dx * dx + dy * dy).squareRoot()) }
            }
            k += 1
        }
    }

    /// The wearer's last fix taken at or before `t` (ms), if any.
    func lastFix(ofDense p: Int32, atOrBefore t: Int64) -> Int32? {
        let rows = tracks[Int(p)]
        var lo = 0
        var hi = rows.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if time[Int(rows[mid])] <= t { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? rows[lo - 1] : nil
    }

    /// The heading at a fix: the device's, else the bearing from the wearer's previous
    /// fix when it lies at least 1 m away; nil otherwise.
    func headingAt(_ row: Int32) -> Double? {
        let h = heading[Int(row)]
        if !h.isNaN { return Double(h) }
        let rows = tracks[Int(person[Int(row)])]
        let at = insertionPoint(rows, time[Int(row)])
        guard at > 0 else { return nil }
        let prev = Int(rows[at - 1])
        return Bearing.degrees(fromX: xs[prev], fromY: ys[prev], toX: xs[Int(row)], toY: ys[Int(row)])
    }
}
