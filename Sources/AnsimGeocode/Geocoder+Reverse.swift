/// Reverse geocoding: the nearest address interval to a point, and the number on the
/// side of the road the point lies on.
extension Geocoder {
    /// The nearest road-name address to `point` (EPSG:5179) within `limit` metres.
    public func reverse(_ point: GeocodePoint, limit: Double = 100) -> ReverseMatch? {
        reverse(point, lines: index.intervalLines, limit: limit)
    }

    /// Reverse geocodes many points (EPSG:5179) at once.
    public func reverse(_ points: [GeocodePoint], limit: Double = 100) -> [ReverseMatch?] {
        points.map { reverse($0, lines: index.intervalLines, limit: limit) }
    }

    func reverse(_ point: GeocodePoint, lines: [[GeocodePoint]], limit: Double) -> ReverseMatch? {
        guard let hit = index.grid.nearest(to: point, lines: lines, limit: limit) else { return nil }
        let interval = index.intervals[hit.line]
        let roadIndex = index.intervalRoad[hit.line]
        guard roadIndex >= 0 else { return nil }
        let road = index.roads[roadIndex]
        let odd = hit.left
        guard let number = (odd ? interval.odd : interval.even) ?? (odd ? interval.even : interval.odd) else {
            return nil
        }
        let sigungu = index.sigunguName(road.sigunguCode)
        return ReverseMatch(
            address: "\(index.sido) \(sigungu) \(road.name) \(number)", sigungu: sigungu, road: road.name,
            number: number.description, side: number.main % 2 == 1 ? "odd" : "even", distance: hit.distance,
            interval: interval.serial)
    }
}
