/// Forward geocoding: address text → a point in EPSG:5179 with its precision.
///
/// Road addresses go to the address interval of the building number on its side of
/// the road (odd on the left, even on the right, in the direction of increasing numbers),
/// `sideOffset` metres off the centreline; a number without an interval of its own is
/// interpolated between its neighbours on that side. Lot-number addresses go to their
/// 법정동. Anything uncertain is a clear `unmatched` with the reason, never a guess.
public struct Geocoder: Sendable {
    /// The index searched.
    public let index: AddressIndex
    /// The parser used for text.
    public let parser: AddressParser
    /// How far from the centreline a building's point is put, in metres.
    public var sideOffset: Double
    /// The widest gap between neighbouring numbers that is interpolated across.
    public var maxInterpolationGap: Int = 24
    /// How far past the last number of a side a number still takes that number's point.
    public var maxExtrapolation: Int = 6

    /// A geocoder over `index`.
    public init(index: AddressIndex, sideOffset: Double = 6) {
        self.index = index
        self.parser = AddressParser(extraSigungu: Set(index.sigunguCodes.keys))
        self.sideOffset = sideOffset
    }

    /// Geocodes address text.
    public func geocode(_ text: String) -> GeocodeOutcome {
        do {
            return geocode(try parser.parse(text))
        } catch {
            return .unmatched(reason: error.reason)
        }
    }

    /// Geocodes parsed components.
    public func geocode(_ a: ParsedAddress) -> GeocodeOutcome {
        if let sido = a.sido, sido != index.sido {
            return .unmatched(reason: "\(sido) is outside the loaded maps (\(index.sido))")
        }
        var codes: [String]?
        if let gu = a.sigungu {
            guard let c = index.sigunguCodes[gu] else { return .unmatched(reason: "unknown 시군구 \(gu)") }
            codes = c
        }
        if a.kind == .road { return road(a, codes: codes) }
        return area(a, codes: codes, note: nil)
    }

    func road(_ a: ParsedAddress, codes: [String]?) -> GeocodeOutcome {
        let name = a.road ?? ""
        let all = index.roadsByName[AddressIndex.roadKey(name)] ?? []
        let candidates = all.filter { codes?.contains(index.roads[$0].sigunguCode) ?? true }
        guard !candidates.isEmpty else {
            let reason: String
            if all.isEmpty {
                reason = "no road named \(name) in the road map (roads of \(index.sigunguWithRoads.joined(separator: ", ")))"
            } else {
                let elsewhere = Set(all.map { index.sigunguName(index.roads[$0].sigunguCode) }).sorted()
                reason = "no road \(name) in \(a.sigungu ?? "") (it is in \(elsewhere.joined(separator: ", ")))"
            }
            if a.dong != nil, case .matched(var m) = area(a, codes: codes, note: reason) {
                m.number = nil
                return .matched(m)
            }
            return .unmatched(reason: reason)
        }
        let sigungus = Set(candidates.map { index.roads[$0].sigunguCode })
        guard sigungus.count == 1 else {
            let names = sigungus.map(index.sigunguName).sorted().joined(separator: ", ")
            return .unmatched(reason: "road \(name) exists in \(names): give the 시군구")
        }
        let roads = candidates.map { index.roads[$0] }
        guard let number = a.number else {
            return .matched(roadMatch(roads[0], note: "no building number"))
        }
        for road in roads {
            if let m = intervalMatch(road, number) { return .matched(m) }
        }
        let side = number.main % 2 == 1 ? 0 : 1
        let range = roads[0].range(side: side).map { "\($0.lowerBound)–\($0.upperBound)" } ?? "none"
        let sideName = side == 0 ? "odd" : "even"
        var m = roadMatch(roads[0], note: "number \(number) not found on the \(sideName) side (\(range))")
        m.number = number.description
        return .matched(m)
    }

    func roadMatch(_ road: IndexedRoad, note: String) -> GeocodeMatch {
        GeocodeMatch(
            point: road.centre, precision: .road, sido: index.sido, sigungu: index.sigunguName(road.sigunguCode),
            road: road.name, section: road.mainSection, note: note)
    }
}
