/// PAI of many candidate score surfaces against one fold's test events, fast: the event
/// counts per cell are computed once, and the top k cells are found with a bounded heap
/// (same order as ``ForecastEvaluation``: score descending, ties to the lower index).
struct FoldScorer: Sendable {
    let counts: [Double]
    let total: Int
    let k: Int

    init(test: ForecastEvents, grid: Grid, coverage: Double) {
        counts = grid.counts(xs: test.xs, ys: test.ys).counts
        total = test.count
        k = ForecastEvaluation.flaggedCount(coverage: coverage, cells: grid.count)
    }

    /// PAI = (n/N)/(k/cells); 0 without events.
    func pai(_ scores: [Double]) -> Double {
        guard total > 0 else { return 0 }
        let captured = Self.top(k, of: scores).reduce(0.0) { $0 + counts[$1] }
        return captured / Double(total) * Double(counts.count) / Double(k)
    }

    /// The indices of the k highest scores (ties to the lower index), unordered.
    static func top(_ k: Int, of values: [Double]) -> [Int] {
        // `heap` is a min-heap on (value, −index): its root is the weakest kept cell.
        var heap: [Int] = []
        heap.reserveCapacity(k)
        @inline(__always) func weaker(_ a: Int, _ b: Int) -> Bool {
            values[a] < values[b] || (values[a] == values[b] && a > b)
        }
        func siftDown(_ start: Int) {
            var i = start
            while true {
                let l = 2 * i + 1
                let r = l + 1
                var m = i
                if l < heap.count, weaker(heap[l], heap[m]) { m = l }
                if r < heap.count, weaker(heap[r], heap[m]) { m = r }
                if m == i { return }
                heap.swapAt(i, m)
                i = m
            }
        }
        for i in values.indices {
            if heap.count < k {
                heap.append(i)
                var c = heap.count - 1
                while c > 0, weaker(heap[c], heap[(c - 1) / 2]) {
                    heap.swapAt(c, (c - 1) / 2)
                    c = (c - 1) / 2
                }
            } else if weaker(heap[0], i) {
                heap[0] = i
                siftDown(0)
            }
        }
        return heap
    }
}
