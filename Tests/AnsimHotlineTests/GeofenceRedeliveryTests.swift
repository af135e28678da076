import AnsimHotline
import AnsimStore
import Foundation
import Synchronization
import Testing

/// Alerts committed but not delivered (the notifier failed, or the server was killed in
/// between) are delivered by the next monitor, once; the same fixes sent again after a
/// restart are not recorded or delivered twice.
@Suite struct GeofenceRedeliveryTests {
    /// A notifier that fails while `down` and otherwise keeps what it was given.
    final class Recorder: AlertNotifier {
        let down: Bool
        let delivered = Mutex<[GeofenceAlert]>([])
        struct Down: Error {}
        init(down: Bool) { self.down = down }
        func deliver(_ alerts: [GeofenceAlert]) async throws {
            if down { throw Down() }
            delivered.withLock { $0 += alerts }
        }
    }

    @Test func undeliveredAlertsAreDeliveredOnceAfterARestart() async throws {
        let f = try HotlineFixture("hotline_redeliver")
        let id = try f.openCase(tag: "TAG-55")
        try f.admin.executeScript(
            """
            INSERT INTO hotline_order (case_id, kind, starts_on, ends_on, issued_by)
              VALUES ($1, 'no_approach', '2026-01-01', '2027-12-31', 'court');
            INSERT INTO hotline_place (case_id, kind, geom)
              VALUES ($1, 'home', ST_SetSRID(ST_MakePoint(955000, 1950000), 5179));
            """.replacingOccurrences(of: "$1", with: String(id)), purpose: "an order and a place")
        let t0 = f.clock.now()
        let fixes = [(3_000.0, 0.0), (1_500, 60), (60, 120)].map {
            GeofenceFix(tag: "TAG-55", time: t0.addingTimeInterval($0.1), x: 955_000 + $0.0, y: 1_950_000)
        }
        func count(_ condition: String) throws -> String? {
            try f.admin.query(
                "SELECT count(*) FROM hotline_alert WHERE \(condition)", purpose: "count alerts")[0][0]
        }
        let down = Recorder(down: true)
        let first = GeofenceMonitor(database: f.context.database, notifier: down, clock: f.clock)
        #expect(try await first.reload() == 1)
        #expect(try await first.ingest(fixes).map(\.level) == [.warning, .violation])
        #expect(try count("delivered_at IS NULL") == "2")  // recorded, not delivered
        // The server restarts: a new monitor, whose engine forgot the approach.
        let up = Recorder(down: false)
        let second = GeofenceMonitor(database: f.context.database, notifier: up, clock: f.clock)
        #expect(try await second.reload() == 1)
        #expect(try await second.redeliver(olderThan: .seconds(3600)) == 0)  // too young for a sweep
        #expect(try await second.redeliver(olderThan: .zero) == 2)
        #expect(up.delivered.withLock { $0.map(\.level) } == [.warning, .violation])
        #expect(up.delivered.withLock { $0.first?.caseNo.hasPrefix("HL-") } == true)
        #expect(try await second.redeliver(olderThan: .zero) == 0)
        // The sender, which got no answer before the restart, sends the same fixes again.
        #expect(try await second.ingest(fixes).count == 2)
        #expect(up.delivered.withLock { $0.count } == 2)
        #expect(try count("true") == "2")
        #expect(try count("delivered_at IS NOT NULL") == "2")
    }
}
