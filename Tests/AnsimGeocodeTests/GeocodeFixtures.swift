import AnsimGeocode

/// A small hand-drawn road map whose answers can be worked out on paper.
///
/// - 학동로 (강남구): eastward from (1000, 0) to (1200, 0), ten 20 m intervals; interval
///   `i` runs from x = 1000 + 20i to 1020 + 20i and carries odd 2i+1 (north, the left)
///   and even 2i+2 (south). Interval 5 (11/12) is missing, so 11 and 12 are interpolated.
/// - 테헤란로29길 (강남구): northward from (2000, 0), five 20 m intervals, odd on the west.
/// - 역삼로: in both 강남구 and 서초구 (same name, two 시군구).
/// - 법정동 신사동 in 강남구 and in 은평구; 역삼동 in 강남구; 행정동 역삼1동 in 강남구.
enum GeocodeFixtures {
    static func intervals(section: String, from start: GeocodePoint, dx: Double, dy: Double, count: Int, skip: Set<Int> = [])
        -> [RoadIntervalRecord]
    {
        (0..<count).filter { !skip.contains($0) }.map { i in
            let a = GeocodePoint(start.x + dx * 20 * Double(i), start.y + dy * 20 * Double(i))
            let b = GeocodePoint(a.x + dx * 20, a.y + dy * 20)
            return RoadIntervalRecord(
                sectionNo: section, serial: "\(section)-\(i)", odd: AddressNumber(2 * i + 1),
                even: AddressNumber(2 * i + 2), line: [a, b])
        }
    }

    static let index: AddressIndex = {
        let sections = [
            RoadSectionRecord(
                sectionNo: "1", roadName: "학동로", roadCode: "3121001", sigunguCode: "11680",
                line: [GeocodePoint(1000, 0), GeocodePoint(1200, 0)]),
            RoadSectionRecord(
                sectionNo: "2", roadName: "테헤란로29길", roadCode: "4166001", sigunguCode: "11680",
                line: [GeocodePoint(2000, 0), GeocodePoint(2000, 100)]),
            RoadSectionRecord(
                sectionNo: "3", roadName: "역삼로", roadCode: "3121002", sigunguCode: "11680",
                line: [GeocodePoint(3000, 0), GeocodePoint(3100, 0)]),
            RoadSectionRecord(
                sectionNo: "4", roadName: "역삼로", roadCode: "3121003", sigunguCode: "11650",
                line: [GeocodePoint(5000, 0), GeocodePoint(5100, 0)]),
        ]
        let intervals =
            Self.intervals(section: "1", from: GeocodePoint(1000, 0), dx: 1, dy: 0, count: 10, skip: [5])
            + Self.intervals(section: "2", from: GeocodePoint(2000, 0), dx: 0, dy: 1, count: 5)
            + Self.intervals(section: "3", from: GeocodePoint(3000, 0), dx: 1, dy: 0, count: 5)
            + Self.intervals(section: "4", from: GeocodePoint(5000, 0), dx: 1, dy: 0, count: 5)
        let places = [
            AdminPlace(level: "sigungu", code: "11680", name: "강남구", point: GeocodePoint(1500, 500)),
            AdminPlace(level: "sigungu", code: "11650", name: "서초구", point: GeocodePoint(5000, 500)),
            AdminPlace(level: "sigungu", code: "11380", name: "은평구", point: GeocodePoint(0, 9000)),
            AdminPlace(level: "beopjeongdong", code: "11680107", name: "신사동", point: GeocodePoint(1600, 600)),
            AdminPlace(level: "beopjeongdong", code: "11380109", name: "신사동", point: GeocodePoint(100, 9100)),
            AdminPlace(level: "beopjeongdong", code: "11680101", name: "역삼동", point: GeocodePoint(1700, 700)),
            AdminPlace(level: "hangjeongdong", code: "1168064000", name: "역삼1동", point: GeocodePoint(1800, 800)),
        ]
        return AddressIndex(sections: sections, intervals: intervals, places: places)
    }()

    static let geocoder = Geocoder(index: index, sideOffset: 6)
}
