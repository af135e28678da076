/// Locating a building number on its road's intervals.
extension Geocoder {
    /// The point of `number` on `road`: its own interval, else interpolated between the
    /// nearest numbers on its side; else, where the map has no numbers on that side (a road
    /// on the 시군구 boundary whose other side belongs to the neighbour), beside the
    /// facing number of the other side (even n faces odd n − 1); nil when nothing is close.
    func intervalMatch(_ road: IndexedRoad, _ number: AddressNumber) -> GeocodeMatch? {
        let side = number.main % 2 == 1 ? 0 : 1
        if let m = locate(road, number, lookup: side, place: side) { return m }
        guard road.range(side: side) == nil || !road.range(side: side)!.contains(number.main) else { return nil }
        let facing = AddressNumber(side == 0 ? number.main + 1 : number.main - 1)
        guard facing.main > 0, var m = locate(road, facing, lookup: 1 - side, place: side) else { return nil }
        m.number = number.description
        m.interpolated = true
        m.note = "no \(side == 0 ? "odd" : "even") numbers here in the map; placed facing \(facing)"
        return m
    }

    /// `number` looked up among the numbers of side `lookup`, placed on side `place`.
    func locate(_ road: IndexedRoad, _ number: AddressNumber, lookup side: Int, place: Int) -> GeocodeMatch? {
        let exact =
            road.byNumber[side][number] ?? road.byNumber[side][AddressNumber(number.main)]
            ?? road.byNumber[side].first { $0.key.main == number.main }?.value
        if let list = exact {
            let i = list.min { index.intervals[$0].serial < index.intervals[$1].serial }!
            return match(road, number, side: place, interval: i, point: point(of: i, side: place), interpolated: false)
        }
        let (below, above) = road.neighbours(of: number.main, side: side)
        if let b = below, let a = above, a.main - b.main <= maxInterpolationGap {
            let t = Double(number.main - b.main) / Double(a.main - b.main)
            let p = point(of: b.interval, side: place).lerp(point(of: a.interval, side: place), t)
            let nearest = t < 0.5 ? b.interval : a.interval
            return match(road, number, side: place, interval: nearest, point: p, interpolated: true)
        }
        let candidates = [below, above].compactMap { $0 }.filter { abs($0.main - number.main) <= maxExtrapolation }
        if let n = candidates.min(by: { abs($0.main - number.main) < abs($1.main - number.main) }) {
            return match(
                road, number, side: place, interval: n.interval, point: point(of: n.interval, side: place),
                interpolated: true)
        }
        return nil
    }

    /// The middle of interval `i`, `sideOffset` metres to its left (odd) or right (even).
    func point(of i: Int, side: Int) -> GeocodePoint {
        Polyline.offsetPoint(index.intervals[i].line, fraction: 0.5, offset: side == 0 ? sideOffset : -sideOffset)
    }

    func match(
        _ road: IndexedRoad, _ number: AddressNumber, side: Int, interval i: Int, point: GeocodePoint,
        interpolated: Bool
    ) -> GeocodeMatch {
        let interval = index.intervals[i]
        let base = side == 0 ? interval.odd : interval.even
        return GeocodeMatch(
            point: point, precision: .interval, sido: index.sido, sigungu: index.sigunguName(road.sigunguCode),
            road: road.name, number: number.description, side: side == 0 ? "odd" : "even",
            interval: interval.serial, section: interval.sectionNo, interpolated: interpolated,
            note: interpolated ? "no interval for \(number); nearest base number \(base?.description ?? "?")" : nil)
    }
}
