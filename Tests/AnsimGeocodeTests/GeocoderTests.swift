import Testing

@testable import AnsimGeocode

/// Forward geocoding on the hand-drawn map of ``GeocodeFixtures``.
@Suite struct GeocoderTests {
    let geocoder = GeocodeFixtures.geocoder

    func matched(_ text: String) throws -> GeocodeMatch {
        let outcome = geocoder.geocode(text)
        return try #require(outcome.match, "\(text): \(outcome.reason ?? "")")
    }

    @Test func oddNumberIsOnTheLeftOfItsInterval() throws {
        // 학동로 7: interval 3 (x 1060–1080), middle x = 1070, left of eastward = north.
        let m = try matched("서울특별시 강남구 학동로 7")
        #expect(m.precision == .interval && m.side == "odd" && m.interval == "1-3" && !m.interpolated)
        #expect(abs(m.point.x - 1070) < 1e-9 && abs(m.point.y - 6) < 1e-9)
        #expect(m.sigungu == "강남구" && m.road == "학동로" && m.number == "7")
    }

    @Test func evenNumberIsOnTheRight() throws {
        let m = try matched("강남구 학동로 8")
        #expect(abs(m.point.x - 1070) < 1e-9 && abs(m.point.y + 6) < 1e-9 && m.side == "even")
        // 테헤란로29길 runs north: odd 3 (interval 1, y 20–40) is on the west.
        let g = try matched("서울 강남구 테헤란로 29길 3 (역삼동)")
        #expect(abs(g.point.x - 1994) < 1e-9 && abs(g.point.y - 30) < 1e-9)
    }

    @Test func missingIntervalIsInterpolatedBetweenNeighbours() throws {
        // 11 has no interval: halfway between 9 (x 1090) and 13 (x 1130).
        let m = try matched("강남구 학동로 11")
        #expect(m.precision == .interval && m.interpolated)
        #expect(abs(m.point.x - 1110) < 1e-9 && abs(m.point.y - 6) < 1e-9)
    }

    @Test func numberOffTheRoadOrMissingIsRoadPrecision() throws {
        let far = try matched("강남구 학동로 999")
        #expect(far.precision == .road && far.note?.contains("not found on the odd side (1–19)") == true)
        let none = try matched("강남구 학동로")
        #expect(none.precision == .road && abs(none.point.x - 1100) < 1e-9 && none.note == "no building number")
    }

    @Test func roadMissingFromTheMap() {
        #expect(geocoder.geocode("강남구 없는로 5").reason?.hasPrefix("no road named 없는로") == true)
        #expect(geocoder.geocode("서초구 학동로 7").reason == "no road 학동로 in 서초구 (it is in 강남구)")
    }

    @Test func missingRoadWithADongFallsBackToTheDong() throws {
        let m = try matched("강남구 없는로 5 (역삼동)")
        #expect(m.precision == .beopjeongdong && m.dong == "역삼동" && m.point == GeocodePoint(1700, 700))
        #expect(m.note?.hasPrefix("no road named 없는로") == true)
    }

    @Test func missingGuIsFineOnlyWhenTheRoadIsUnique() throws {
        #expect(try matched("학동로 7").sigungu == "강남구")
        #expect(geocoder.geocode("역삼로 3").reason == "road 역삼로 exists in 강남구, 서초구: give the 시군구")
        #expect(try matched("서초구 역삼로 3").point.x == 5030)
    }

    @Test func lotNumbersGoToTheLegalDong() throws {
        let m = try matched("서울특별시 강남구 신사동 12-3")
        #expect(m.precision == .beopjeongdong && m.point == GeocodePoint(1600, 600) && m.number == "12-3")
        #expect(geocoder.geocode("신사동 12").reason == "신사동 exists in 강남구, 은평구: give the 시군구")
        let h = try matched("강남구 역삼1동 5")
        #expect(h.precision == .hangjeongdong && h.point == GeocodePoint(1800, 800))
    }

    @Test func clearReasonsInsteadOfGuesses() {
        #expect(geocoder.geocode("부산광역시 중구 중앙대로 1").reason == "부산광역시 is outside the loaded maps (서울특별시)")
        #expect(geocoder.geocode("서울특별시 강남구").reason?.hasPrefix("only 서울특별시 강남구") == true)
        #expect(geocoder.geocode("강남구 없는동 3").reason == "no 법정동 or 행정동 named 없는동 in 강남구")
        #expect(geocoder.geocode("").reason == "empty address")
    }
}
