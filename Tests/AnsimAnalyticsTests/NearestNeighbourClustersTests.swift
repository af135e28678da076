import AnsimAnalytics
import Foundation
import Testing

/// Nearest-neighbour clusters, convex hulls and deviational ellipses on hand-made patterns.
@Suite struct NearestNeighbourClustersTests {
    @Test func twoGroupsAndANoisePoint() throws {
        // A 4 × 4 lattice of 10 m spacing at the origin, a 3-point line far away, one loner.
        var xs: [Double] = []
        var ys: [Double] = []
        for i in 0..<4 { for j in 0..<4 { xs.append(Double(i) * 10); ys.append(Double(j) * 10) } }
        xs += [1000, 1010, 1020, 5000]
        ys += [1000, 1000, 1000, 5000]
        let clusters = try NearestNeighbourClusters.clusters(xs: xs, ys: ys, distance: 10.5, minimumPoints: 3)
        #expect(clusters.map(\.members.count) == [16, 3])
        #expect(clusters[1].members == [16, 17, 18])
        // The lattice's hull is its square, counter-clockwise from (0, 0).
        #expect(clusters[0].hull.map { [$0.x, $0.y] } == [[0, 0], [30, 0], [30, 30], [0, 30]])
        #expect(
            ConvexHull.wkt(clusters[0].hull) == "POLYGON ((0.0 0.0, 30.0 0.0, 30.0 30.0, 0.0 30.0, 0.0 0.0))")
        // The line: centre (1010, 1000), major σ = √((100 + 0 + 100)/3) along east, minor 0.
        let e = clusters[1].ellipse
        #expect(e.centreX == 1010 && e.centreY == 1000)
        #expect(abs(e.major - (200.0 / 3).squareRoot()) <= 1e-12)
        #expect(e.minor <= 1e-12 && e.angle == 0)
        #expect(
            try NearestNeighbourClusters.clusters(xs: xs, ys: ys, distance: 9.9, minimumPoints: 2).isEmpty)
    }

    @Test func ellipseOfADiagonal() {
        let e = DeviationalEllipse.of(xs: [0, 1, 2, 3], ys: [0, 1, 2, 3])
        #expect(abs(e.angle - 45) <= 1e-9)
        #expect(abs(e.major - (2 * 1.25).squareRoot()) <= 1e-12)  // σ along the diagonal: √(Σ 2d²/n)
    }

    @Test func thresholdIsBelowTheRandomExpectation() {
        // n = 100 in 1 km²: d̄ₑ = 0.5·√(10⁴) = 50 m; SE = 0.26136·√(10⁶/10⁴) = 2.6136 m; z₀.₉₅ = 1.6449.
        let d = NearestNeighbourClusters.threshold(n: 100, area: 1e6, p: 0.05)
        #expect(abs(d - (50 - 1.6448536269514722 * 2.6136)) <= 1e-9)
    }
}
