import Testing

@testable import AnsimGeocode

/// A description naming a 동 and a path that is not a road falls back to the 동.
@Suite struct GeocoderDescriptionTests {
    @Test func pathNameFallsBackToTheDong() throws {
        let m = try #require(GeocodeFixtures.geocoder.geocode("서울특별시 강남구 역삼동 영동6교 밑 산책로").match)
        #expect(m.precision == .beopjeongdong && m.dong == "역삼동")
    }
}
