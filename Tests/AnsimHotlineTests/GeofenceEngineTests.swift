import AnsimHotline
import Foundation
import Testing

/// The geofence engine on synthetic tracks: approach and leave, jitter at both
/// boundaries, out-of-order fixes, gaps, other tags, areas.
@Suite struct GeofenceEngineTests {
    static let home = GeofencePlace(
        id: 1, caseID: 10, caseNo: "HL-000010", tag: "TAG-1", kind: "home", x: 950_000, y: 1_950_000,
        victimRef: "V-0000000A", cityOrgID: 1, policeOrgID: 3, nearestBox: "역삼지구대")

    /// A fix `d` metres east of the home at minute `m`.
    static func fix(_ d: Double, _ m: Double, tag: String = "TAG-1") -> GeofenceFix {
        GeofenceFix(
            tag: tag, time: Date(timeIntervalSince1970: 1_790_000_000 + m * 60), x: 950_000 + d, y: 1_950_000)
    }

    static func run(_ e: GeofenceEngine, _ track: [(Double, Double)]) -> [GeofenceAlert] {
        track.flatMap { e.process(fix($0.0, $0.1)) }
    }

    @Test func oneApproachIsOneWarningThenOneViolation() {
        let e = GeofenceEngine(places: [Self.home])
        // From 5 km to 50 m, one fix a minute, 200 m apart, then away again.
        let inbound = stride(from: 5_000.0, through: 50, by: -200).enumerated().map { ($1, Double($0)) }
        let outbound = stride(from: 50.0, through: 5_000, by: 200).enumerated().map { ($1, Double(30 + $0)) }
        let alerts = Self.run(e, inbound + [(50, 26)] + outbound)
        #expect(alerts.map(\.level) == [.warning, .violation])
        #expect(alerts[0].distanceM == 2_000)
        #expect(alerts[0].recipients == ["victim:V-0000000A", "city_org:1"])
        #expect(alerts[1].distanceM == 0 || alerts[1].distanceM <= 100)
        #expect(alerts[1].recipients == ["victim:V-0000000A", "city_org:1", "police_org:3", "box:역삼지구대"])
    }

    @Test func jitterAtTheTwoKilometreBoundaryRaisesOneWarning() {
        let e = GeofenceEngine(places: [Self.home])
        let jitter: [(Double, Double)] = [
            (2_010, 0), (1_990, 1), (2_010, 2), (1_995, 3), (2_150, 4), (1_999, 5),
        ]
        #expect(Self.run(e, jitter).map(\.level) == [.warning])
        // Leaving beyond 2.2 km ends the approach; the next one warns again.
        #expect(Self.run(e, [(2_300, 6), (1_900, 7)]).map(\.level) == [.warning])
    }

    @Test func jitterAtOneHundredMetresRaisesOneViolation() {
        let e = GeofenceEngine(places: [Self.home])
        let alerts = Self.run(e, [(150, 0), (95, 1), (105, 2), (110, 3), (99, 4), (118, 5)])
        #expect(alerts.map(\.level) == [.warning, .violation])
        // Out beyond 120 m (still within 2 km: no new warning), then back inside: a new violation.
        #expect(Self.run(e, [(125, 6), (300, 7)]).isEmpty)
        #expect(Self.run(e, [(90, 8)]).map(\.level) == [.violation])
    }

    @Test func outOfOrderFixesNeitherRepeatNorMissViolations() {
        let e = GeofenceEngine(places: [Self.home])
        #expect(
            Self.run(e, [(1_500, 100), (80, 101), (70, 102), (500, 103), (3_000, 140)]).map(\.level) == [
                .warning, .violation,
            ])
        // A late fix inside 100 m during the known episode: covered, nothing new.
        #expect(e.process(Self.fix(60, 101.5)).isEmpty)
        // A late fix inside 100 m long before any episode: a late violation, once.
        let late = e.process(Self.fix(40, 20))
        #expect(late.map(\.level) == [.violation])
        #expect(late.first?.late == true)
        #expect(e.process(Self.fix(45, 21)).isEmpty)
        // A late warning is stale news: dropped. And late fixes do not move the zone:
        #expect(e.process(Self.fix(1_000, 30)).isEmpty)
        #expect(Self.run(e, [(3_100, 141)]).isEmpty)
    }

    @Test func aLongGapStartsANewApproach() {
        let e = GeofenceEngine(places: [Self.home])
        #expect(Self.run(e, [(1_500, 0), (1_400, 5)]).map(\.level) == [.warning])
        #expect(Self.run(e, [(1_400, 14)]).isEmpty)  // 9 minutes: same approach
        #expect(Self.run(e, [(1_450, 40)]).map(\.level) == [.warning])  // 26 minutes of silence
    }

    @Test func onlyTheWearersOwnPlacesCountAndAreasUseTheirEdge() {
        var area = Self.home
        area.id = 2
        area.kind = "school"
        area.x += 10_000
        area.extentM = 300
        let e = GeofenceEngine(places: [Self.home, area])
        #expect(e.process(Self.fix(50, 0, tag: "TAG-2")).isEmpty)
        let alerts = e.process(Self.fix(10_000 + 380, 1))
        #expect(alerts.map(\.level) == [.violation])
        #expect(alerts.first?.placeKind == "school")
        #expect(alerts.first?.distanceM == 80)
    }

    @Test func theVictimsSharedLocationMovesWithHer() {
        var shared = Self.home
        shared.id = 3
        shared.kind = "victim_location"
        let e = GeofenceEngine(places: [shared])
        #expect(e.process(Self.fix(3_000, 0)).isEmpty)
        e.movePlace(id: 3, x: 950_000 + 2_950, y: 1_950_000)  // she walks towards him
        #expect(e.process(Self.fix(3_000, 1)).map(\.level) == [.violation])
    }
}
