/// The candidate parent–child pairs of a self-exciting point process fit: for each
/// event i (sorted by time), every earlier event j with 0 < tᵢ − tⱼ ≤ `maxLag` days and
/// distance ≤ `maxDistance` metres. Stored compactly (CSR: the parents of i are
/// `start[i] ..< start[i + 1]`), with the lag and the squared distance of each pair.
/// Found with a bucket grid of `maxDistance` cells, so the cost is proportional to
/// the number of pairs.
struct SEPPPairs: Sendable {
    let start: [Int]
    let parent: [Int32]
    let lag: [Float]
    let distance2: [Float]

    var count: Int { parent.count }

    /// `ts` must be sorted ascending.
    init(xs: [Double], ys: [Double], ts: [Double], maxLag: Double, maxDistance: Double) {
        let n = ts.count
        let r2 = maxDistance * maxDistance
        var buckets: [Int64: [Int32]] = [:]
        func key(_ bx: Int, _ by: Int) -> Int64 { Int64(bx) << 32 | Int64(UInt32(bitPattern: Int32(by))) }
        var start = [Int](repeating: 0, count: n + 1)
        var parent: [Int32] = []
        var lag: [Float] = []
        var distance2: [Float] = []
        for i in 0..<n {
            let bx = Int((xs[i] / maxDistance).rounded(.down))
            let by = Int((ys[i] / maxDistance).rounded(.down))
            for dx in -1...1 {
                for dy in -1...1 {
                    guard let list = buckets[key(bx + dx, by + dy)] else { continue }
                    var k = list.count - 1
                    while k >= 0 {
                        let j = Int(list[k])
                        let dt = ts[i] - ts[j]
                        if dt > maxLag { break }
                        k -= 1
                        guard dt > 0 else { continue }
                        let ex = xs[i] - xs[j]
                        let ey = ys[i] - ys[j]
                        let d2 = ex * ex + ey * ey
                        if d2 <= r2 {
                            parent.append(Int32(j))
                            lag.append(Float(dt))
                            distance2.append(Float(d2))
                        }
                    }
                }
            }
            buckets[key(bx, by), default: []].append(Int32(i))
            start[i + 1] = parent.count
        }
        self.start = start
        self.parent = parent
        self.lag = lag
        self.distance2 = distance2
    }
}
