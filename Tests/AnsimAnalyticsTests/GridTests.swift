import AnsimAnalytics
import Testing

@Suite struct GridTests {
    @Test func geometryOfCells() {
        let g = Grid(bbox: 0, 0, 1000, 450, cell: 100)
        #expect(g.rows == 5 && g.cols == 10 && g.count == 50)
        #expect(g.center(row: 0, col: 0) == (50, 50))
        #expect(g.center(row: 4, col: 9) == (950, 450))
        #expect(g.cellOf(x: 0, y: 0)! == (0, 0))
        #expect(g.cellOf(x: 999.9, y: 499.9)! == (4, 9))
        #expect(g.cellOf(x: 1000, y: 10) == nil)
        #expect(g.cellOf(x: -0.1, y: 10) == nil)
        let (counts, outside) = g.counts(xs: [10, 20, 150, 5000], ys: [10, 30, 10, 0])
        #expect(counts[0] == 2 && counts[1] == 1 && outside == 1)
        #expect(counts.reduce(0, +) == 3)
    }
}
