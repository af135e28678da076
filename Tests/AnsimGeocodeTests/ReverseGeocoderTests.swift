import Testing

@testable import AnsimGeocode

/// Reverse geocoding, and reverse(forward(a)) == a.
@Suite struct ReverseGeocoderTests {
    let geocoder = GeocodeFixtures.geocoder

    @Test func pointBesideAnIntervalGivesItsSide() throws {
        let north = try #require(geocoder.reverse(GeocodePoint(1071, 4)))
        #expect(north.address == "서울특별시 강남구 학동로 7" && north.side == "odd" && abs(north.distance - 4) < 1e-9)
        let south = try #require(geocoder.reverse(GeocodePoint(1071, -4)))
        #expect(south.number == "8")
        #expect(geocoder.reverse(GeocodePoint(1071, 500)) == nil)
    }

    @Test func reverseOfForwardIsTheAddress() throws {
        var addresses = (1...20).filter { $0 != 11 && $0 != 12 }.map { "서울특별시 강남구 학동로 \($0)" }
        addresses += (1...10).map { "서울특별시 강남구 테헤란로29길 \($0)" }
        addresses += (1...10).map { "서울특별시 서초구 역삼로 \($0)" }
        for a in addresses {
            let m = try #require(geocoder.geocode(a).match)
            #expect(geocoder.reverse(m.point)?.address == a)
        }
    }
}
