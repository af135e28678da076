import Testing

@testable import AnsimGeocode

/// Measuring along lines.
@Suite struct PolylineTests {
    let bent = [GeocodePoint(0, 0), GeocodePoint(30, 0), GeocodePoint(30, 10)]

    @Test func locateWalksTheLength() {
        #expect(Polyline.length(bent) == 40)
        let (p, dx, dy) = Polyline.locate(bent, fraction: 0.875)
        #expect(p == GeocodePoint(30, 5) && dx == 0 && dy == 1)
        #expect(Polyline.locate(bent, fraction: 0.5).point == GeocodePoint(20, 0))
    }

    @Test func offsetIsLeftForPositive() {
        #expect(Polyline.offsetPoint(bent, fraction: 0.25, offset: 2) == GeocodePoint(10, 2))
        #expect(Polyline.offsetPoint(bent, fraction: 0.875, offset: -3) == GeocodePoint(33, 5))
    }

    @Test func nearestOnSegment() {
        let n = Polyline.nearest(on: GeocodePoint(0, 0), GeocodePoint(10, 0), to: GeocodePoint(13, 4))
        #expect(n.distance == 5 && n.left && n.t == 1)
    }
}
