import AnsimSynth
import Testing

@testable import AnsimLookup

/// The three-tier, time-ordered fix grids answer radius-and-window queries exactly as a
/// scan of every fix does, whichever tier (main grid, delta grid, raw tail) holds a fix.
struct FixIndexTests {
    /// Fixes of `wearers` people over 2 km × 2 km and 3 hours, arriving in shuffled
    /// batches (out of order, some repeated) so every tier is exercised.
    static func stream(seed: UInt64, wearers: Int, count: Int) -> [[GPSFix]] {
        var r = SynthRandom(seed: seed, stream: "fix-index")
        var fixes = (0..<count).map { _ in
            GPSFix(
                person: Int64(1 + Int(r.uniform() * Double(wearers))), time: 1_700_000_000_000 + Int64(r.uniform() * 10_800_000),
                x: 950_000 + r.uniform() * 2_000, y: 1_940_000 + r.uniform() * 2_000)
        }
        fixes += fixes.prefix(count / 20)  // duplicates, to be ignored
        var batches: [[GPSFix]] = []
        var k = 0
        while k < fixes.count {
            let size = 1 + Int(r.uniform() * 3_000)
            batches.append(Array(fixes[k..<min(fixes.count, k + size)]))
            k += size
        }
        return batches
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func gridsAnswerAsAScanOfEveryFix(seed: UInt64) {
        var index = FixIndex()
        var checked = 0
        var tiersSeen: Set<String> = []
        var r = SynthRandom(seed: seed, stream: "queries")
        for batch in Self.stream(seed: seed, wearers: 300, count: 60_000) {
            index.insert(batch)
            if index.deltaEnd > index.gridded { tiersSeen.insert("delta") }
            if index.count > index.deltaEnd { tiersSeen.insert("tail") }
            for _ in 0..<3 {
                let x = 950_000 + r.uniform() * 2_000
                let y = 1_940_000 + r.uniform() * 2_000
                let radius = 20 + r.uniform() * 600
                let from = 1_700_000_000_000 + Int64(r.uniform() * 10_800_000)
                let to = from + Int64(r.uniform() * 3_600_000)
                var got: [Int32: Double] = [:]
                index.forEach(near: x, y, within: radius, from: from, to: to) { row, person, time, d in
                    #expect(got[row] == nil, "row \(row) twice")
                    #expect(person == index.person[Int(row)] && time == index.time[Int(row)])
                    got[row] = d
                }
                var want: [Int32: Double] = [:]
                for k in 0..<index.count where index.time[k] >= from && index.time[k] <= to {
                    let dx = index.xs[k] - x
                    let dy = index.ys[k] - y
                    if dx * dx + dy * dy <= radius * radius { want[Int32(k)] = (dx * dx + dy * dy).squareRoot() }
                }
                #expect(Set(got.keys) == Set(want.keys))
                for (row, d) in want { #expect(abs((got[row] ?? -1) - d) < 1e-9) }
                checked += want.count
            }
        }
        #expect(index.count == Set(Self.stream(seed: seed, wearers: 300, count: 60_000).joined().map {
            "\($0.person)/\($0.time)"
        }).count)
        #expect(checked > 1_000)
        #expect(tiersSeen == ["delta", "tail"])
    }

    /// The engine's path: main rebuilds deferred, a grid built from a snapshot installed
    /// after more fixes arrived; answers stay exact throughout.
    @Test func aMainGridBuiltOffTheLockIsInstalledWithoutLosingNewerFixes() {
        var index = FixIndex()
        let batches = Self.stream(seed: 11, wearers: 200, count: 80_000)
        var snapshot: (grid: FixGrid, rows: Int)?
        var installed = 0
        for (n, batch) in batches.enumerated() {
            index.insert(batch, deferMainRebuild: true)
            if let s = snapshot, n % 3 == 0 {
                index.installMainGrid(s.grid, upTo: s.rows)
                #expect(index.gridded == s.rows && index.deltaEnd == index.count)
                snapshot = nil
                installed += 1
            } else if snapshot == nil, index.mainGridIsStale {
                let src = index.gridSource
                snapshot = (FixGrid(rows: 0..<index.count, xs: src.xs, ys: src.ys, time: src.time, person: src.person), index.count)
            }
            var got = 0
            index.forEach(near: 951_000, 1_941_000, within: 400, from: 1_700_000_000_000, to: 1_700_010_800_000) { _, _, _, _ in
                got += 1
            }
            let want = (0..<index.count).filter {
                let dx = index.xs[$0] - 951_000
                let dy = index.ys[$0] - 1_941_000
                return dx * dx + dy * dy <= 400 * 400
            }.count
            #expect(got == want)
        }
        #expect(installed >= 2)
    }

    @Test func cellsKeepTheirFixesInTimeOrder() {
        var index = FixIndex()
        for batch in Self.stream(seed: 7, wearers: 50, count: 30_000) { index.insert(batch) }
        index.rebuildGrid()
        let g = index.grid
        #expect(g.count == index.count)
        for c in 0..<(g.offsets.count - 1) where g.offsets[c + 1] - g.offsets[c] > 1 {
            for k in Int(g.offsets[c] + 1)..<Int(g.offsets[c + 1]) { #expect(g.times[k - 1] <= g.times[k]) }
        }
    }
}
