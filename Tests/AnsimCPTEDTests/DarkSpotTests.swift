import Testing

@testable import AnsimCPTED

/// Dark spots: risk against protection.
@Suite struct DarkSpotTests {
    @Test func highRiskUnprotectedComesFirstWithReasons() {
        let places = [
            ProtectionProfile(risk: 9, cameras: 4, lights: 10, safePlaces: 2, policeDistance: 0),
            ProtectionProfile(risk: 8, cameras: 0, lights: 0, safePlaces: 0, policeDistance: 1600),
            ProtectionProfile(risk: 1, cameras: 0, lights: 0, safePlaces: 0, policeDistance: 1600),
        ]
        let ranked = DarkSpotRanker.rank(places, cameraRadius: 50)
        #expect(ranked.map(\.index) == [1, 0, 2])
        #expect(ranked[0].protection == 0 && ranked[0].riskPercentile == 0.5 && ranked[0].score == 0.5)
        #expect(
            ranked[0].reasons == [
                "no camera within 50 m", "no security light", "no safe house or parcel box within 300 m",
                "police box 1600 m away",
            ])
        #expect(abs(ranked[1].protection - 1) < 1e-12 && ranked[1].score < 1e-12 && ranked[1].reasons.isEmpty)
    }
}
