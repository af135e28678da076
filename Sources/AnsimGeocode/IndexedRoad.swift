/// One named road of one 시군구 in the index: its sections and its intervals by side.
struct IndexedRoad: Sendable {
    /// The road name.
    let name: String
    /// The 시군구 code.
    let sigunguCode: String
    /// A point on the road: the middle of its longest section.
    let centre: GeocodePoint
    /// The `RDS_MAN_NO` of the longest section.
    let mainSection: String
    /// Interval indices by side (0 = odd/left, 1 = even/right) and base number.
    let byNumber: [[AddressNumber: [Int]]]
    /// Main base numbers with sub 0, sorted, with an interval of each, by side.
    let sortedMains: [[(main: Int, interval: Int)]]

    /// Indexes `intervals` (indices into the index's array) of the road's `sections`.
    init(name: String, sigunguCode: String, sections: [RoadSectionRecord], intervals: [(Int, RoadIntervalRecord)]) {
        self.name = name
        self.sigunguCode = sigunguCode
        let longest = sections.max { Polyline.length($0.line) < Polyline.length($1.line) }
        centre = longest.map { Polyline.locate($0.line, fraction: 0.5).point } ?? GeocodePoint(0, 0)
        mainSection = longest?.sectionNo ?? ""
        var byNumber: [[AddressNumber: [Int]]] = [[:], [:]]
        for (index, interval) in intervals {
            if let odd = interval.odd { byNumber[0][odd, default: []].append(index) }
            if let even = interval.even { byNumber[1][even, default: []].append(index) }
        }
        self.byNumber = byNumber
        sortedMains = byNumber.map { side in
            side.filter { $0.key.sub == 0 }.map { (main: $0.key.main, interval: $0.value[0]) }.sorted { $0.main < $1.main }
        }
    }

    /// The smallest and largest main numbers of a side, if it has any.
    func range(side: Int) -> ClosedRange<Int>? {
        guard let first = sortedMains[side].first, let last = sortedMains[side].last else { return nil }
        return first.main...last.main
    }

    /// The nearest numbers below and above `main` on `side` (either may be nil).
    func neighbours(of main: Int, side: Int) -> (below: (main: Int, interval: Int)?, above: (main: Int, interval: Int)?) {
        let list = sortedMains[side]
        var lo = 0
        var hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].main < main { lo = mid + 1 } else { hi = mid }
        }
        let below = lo > 0 ? list[lo - 1] : nil
        var k = lo
        while k < list.count && list[k].main == main { k += 1 }
        return (below, k < list.count ? list[k] : nil)
    }
}
