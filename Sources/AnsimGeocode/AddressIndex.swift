/// The in-memory address index: roads by name with their intervals by number, areas by
/// name, and a grid of interval segments for reverse geocoding. Built once from arrays
/// (the database rows), then read by any number of threads.
public struct AddressIndex: Sendable {
    /// The 시/도 the map covers.
    public let sido: String
    /// Every interval, in the order given.
    let intervals: [RoadIntervalRecord]
    /// Each interval's road (index into `roads`), or -1 when its section is unknown.
    let intervalRoad: [Int]
    /// The roads (one per 시군구 and road-name code).
    let roads: [IndexedRoad]
    /// Road indices by road name.
    let roadsByName: [String: [Int]]
    /// 시군구 names by code, and codes by name.
    let sigunguNames: [String: String]
    let sigunguCodes: [String: [String]]
    /// 법정동 and 행정동 places by name.
    let places: [String: [AdminPlace]]
    /// Interval lines, and a grid of their segments, for reverse geocoding.
    let intervalLines: [[GeocodePoint]]
    let grid: SegmentGrid
    /// Intervals whose section was not among the sections given (left out).
    public let orphanIntervals: Int

    /// Builds the index. `places` gives 시군구 names (level `sigungu`) and the 법정동/행정동
    /// points used for lot-number addresses.
    public init(
        sections: [RoadSectionRecord], intervals: [RoadIntervalRecord], places: [AdminPlace],
        sido: String = "서울특별시"
    ) {
        self.sido = sido
        self.intervals = intervals
        var sectionRoad: [String: String] = [:]
        var roadSections: [String: [RoadSectionRecord]] = [:]
        for s in sections {
            let key = s.sigunguCode + "/" + s.roadCode + "/" + s.roadName
            sectionRoad[s.sectionNo] = key
            roadSections[key, default: []].append(s)
        }
        var roadIntervals: [String: [(Int, RoadIntervalRecord)]] = [:]
        var orphans = 0
        for (i, interval) in intervals.enumerated() {
            guard let key = sectionRoad[interval.sectionNo] else {
                orphans += 1
                continue
            }
            roadIntervals[key, default: []].append((i, interval))
        }
        orphanIntervals = orphans
        var roads: [IndexedRoad] = []
        var roadsByName: [String: [Int]] = [:]
        var intervalRoad = [Int](repeating: -1, count: intervals.count)
        for key in roadSections.keys.sorted() {
            let list = roadSections[key]!
            let road = IndexedRoad(
                name: list[0].roadName, sigunguCode: list[0].sigunguCode, sections: list,
                intervals: roadIntervals[key] ?? [])
            for (i, _) in roadIntervals[key] ?? [] { intervalRoad[i] = roads.count }
            roadsByName[AddressIndex.roadKey(road.name), default: []].append(roads.count)
            roads.append(road)
        }
        self.roads = roads
        self.roadsByName = roadsByName
        self.intervalRoad = intervalRoad
        var names: [String: String] = [:]
        var codes: [String: [String]] = [:]
        var byName: [String: [AdminPlace]] = [:]
        for p in places {
            if p.level == "sigungu" {
                names[p.code] = p.name
                codes[p.name, default: []].append(p.code)
            } else {
                byName[p.name, default: []].append(p)
            }
        }
        sigunguNames = names
        sigunguCodes = codes
        self.places = byName
        intervalLines = intervals.map(\.line)
        grid = SegmentGrid(lines: intervalLines)
    }

    /// The key a road name is looked up by: no spaces, "번길" read as "길".
    static func roadKey(_ name: String) -> String {
        name.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "번길", with: "길")
    }

    /// The number of roads and intervals indexed.
    public var counts: (roads: Int, intervals: Int) { (roads.count, intervals.count - orphanIntervals) }

    /// The 시군구 names the map has roads in.
    public var sigunguWithRoads: [String] {
        Set(roads.map { sigunguNames[$0.sigunguCode] ?? $0.sigunguCode }).sorted()
    }

    /// The name of a 시군구 code (the code itself when unknown).
    func sigunguName(_ code: String) -> String { sigunguNames[code] ?? code }
}
