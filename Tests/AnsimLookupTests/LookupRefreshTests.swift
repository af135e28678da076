import AnsimLookup
import AnsimLookupStore
import AnsimStore
import AnsimSynth
import Foundation
import Testing

/// The indexes follow PostGIS without a restart (NOTIFY), and the fix index handles
/// duplicates and out-of-order fixes.
@Suite(.serialized) struct LookupRefreshTests {
    @Test func notificationsRefreshTheLayersTheyName() throws {
        let f = try LookupFixture("lookup_notify")
        let listener = try Connection(f.settings)
        try listener.executeScript("LISTEN ansim_lookup", purpose: "listen")
        let x = (f.box.minX + f.box.maxX) / 2
        let y = (f.box.minY + f.box.maxY) / 2
        let q = LookupQuery(x: x, y: y, time: LookupFixture.until, code: 2, incidentClass: "성폭력", radius: 50)
        let before = try f.store.engine.lookup(q).registeredOffenders.count
        try f.db.execute(
            """
            INSERT INTO registered_offender (ref, offence_class, synthetic, geom)
            VALUES ('R-0000FFFF', '성폭력', true, ST_SetSRID(ST_MakePoint($1, $2), 5179))
            """, [x + 3, y], purpose: "add an offender")
        var tables = Set<String>()
        var waits = 0
        while !tables.contains("registered_offender"), waits < 30 {  // bounded: a lost notification fails, never hangs
            tables.formUnion(try listener.notifications(timeout: 1).map(\.payload))
            waits += 1
        }
        #expect(tables.contains("registered_offender"))
        try f.store.refresh(tables)
        let after = try f.store.engine.lookup(q).registeredOffenders
        #expect(after.count == before + 1)
        #expect(after.first?.ref == "R-0000FFFF")
        // A fix inserted by SQL reaches the engine through the gps_fix notification.
        try f.db.execute(
            "INSERT INTO gps_fix (person_id, at, geom) VALUES (2, 'epoch'::timestamptz + $1 * interval '1 millisecond', ST_SetSRID(ST_MakePoint($2, $3), 5179))",
            [LookupFixture.until - 30_000, x, y], purpose: "add a fix")
        tables = []
        waits = 0
        while !tables.contains("gps_fix"), waits < 30 {  // bounded: a lost notification fails, never hangs
            tables.formUnion(try listener.notifications(timeout: 1).map(\.payload))
            waits += 1
        }
        let count = f.store.engine.fixCount
        try f.store.refresh(["gps_fix"])
        #expect(f.store.engine.fixCount == count + 1)
        #expect(try f.store.engine.lookup(q).monitoredPersons.contains { $0.personId == 2 && $0.closestApproach.distanceM == 0 })
    }

    @Test func fixIndexIgnoresDuplicatesAndPlacesLateFixes() throws {
        let (x0, y0) = (958_000.0, 1_944_000.0)
        let fixes = [
            GPSFix(person: 1, time: 180_000, x: x0, y: y0), GPSFix(person: 1, time: 60_000, x: x0 + 10, y: y0),
            GPSFix(person: 1, time: 180_000, x: x0 + 99, y: y0 + 99),  // duplicate: ignored
            GPSFix(person: 2, time: 120_000, x: x0 + 5, y: y0 + 5),
            GPSFix(person: 1, time: 120_000, x: x0 + 20, y: y0),  // late: placed between
        ]
        var index = FixIndex()
        #expect(index.insert(fixes) == 4)
        #expect(index.insert(fixes) == 0)
        let engine = try LookupEngine(fixes: Array(fixes.prefix(2)))
        #expect(engine.insert(fixes: fixes) == 2)
        let r = try engine.lookup(
            LookupQuery(x: x0, y: y0, time: 180_000, code: 1, radius: 50, minutes: 5, includeReach: false))
        #expect(r.monitoredPersons.map(\.personId) == [1, 2])
        let p = r.monitoredPersons[0]
        #expect(p.closestApproach.distanceM == 0)
        #expect(p.closestApproach.at == "1970-01-01T00:03:00Z")
        #expect(p.closestApproach.headingDeg == 270)  // from the late fix (x0 + 20) to x0: due west
        #expect(p.fixesInWindow == 3)
        #expect(p.lastFix?.at == "1970-01-01T00:03:00Z")
    }
}

/// Times on the wire.
@Suite struct ISOTimeTests {
    @Test func parsesWhatFoundationParsesAndRefusesTheRest() {
        let f = ISO8601DateFormatter()
        for text in ["2023-12-31T22:30:00+09:00", "2023-12-31T13:30:00Z", "1999-02-28T23:59:59-05:30", "2024-02-29T00:00:00Z"] {
            let expected = Int64(f.date(from: text)!.timeIntervalSince1970 * 1000)
            #expect(ISOTime.parse(text) == expected, "\(text)")
        }
        #expect(ISOTime.parse("2023-12-31T13:30:00.250Z") == 1_704_029_400_250)
        #expect(ISOTime.format(1_704_029_400_250) == "2023-12-31T13:30:00.250Z")
        for bad in ["2023-12-31", "2023-12-31T13:30:00", "2023-13-01T00:00:00Z", "yesterday", "2023-12-31T13:30:00+0900"] {
            #expect(ISOTime.parse(bad) == nil, "\(bad)")
        }
    }
}
