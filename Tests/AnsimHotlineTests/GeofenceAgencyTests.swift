import AnsimHotline
import AnsimServer
import AnsimStore
import Foundation
import Testing

/// A geofence monitor of one agency (`ansim serve --agency`) watches the cases of that
/// agency's police organisations and the cases of no known agency, never another's.
@Suite struct GeofenceAgencyTests {
    @Test func aMonitorOfOneAgencyWatchesItsCasesAndThoseOfNoKnownAgency() async throws {
        let f = try HotlineFixture("hotline_agency")
        let seoul = try f.openCase(police: "police-a", tag: "TAG-SEOUL")
        let portland = try f.openCase(police: "police-b", tag: "TAG-PDX")
        let unassigned = try f.openCase(police: nil, tag: "TAG-NONE")
        var script = """
            WITH s AS (INSERT INTO police_org (agency, kind, name) VALUES ('seoul', 'station', '시험경찰서') RETURNING id)
            UPDATE ansim_org SET police_org_id = (SELECT id FROM s) WHERE name = 'police-a';
            WITH s AS (INSERT INTO police_org (agency, kind, name) VALUES ('portland', 'station', 'Test Precinct') RETURNING id)
            UPDATE ansim_org SET police_org_id = (SELECT id FROM s) WHERE name = 'police-b';

            """
        for id in [seoul, portland, unassigned] {
            script += """
                INSERT INTO hotline_order (case_id, kind, starts_on, ends_on, issued_by)
                  VALUES (\(id), 'no_approach', '2020-01-01', '2099-12-31', 'court');
                INSERT INTO hotline_place (case_id, kind, geom)
                  VALUES (\(id), 'home', ST_SetSRID(ST_MakePoint(955000, 1950000), 5179));

                """
        }
        try f.admin.executeScript(script, purpose: "cases of two agencies and of none")
        func watched(_ agency: String?) async throws -> Int {
            try await GeofenceMonitor(
                database: f.context.database, notifier: FileNotifier(path: f.alertFile), clock: f.clock,
                agency: agency
            ).reload()
        }
        #expect(try await watched(nil) == 3)
        #expect(try await watched("seoul") == 2)
        #expect(try await watched("portland") == 2)
        #expect(try await watched("busan") == 1)  // only the case of no known agency
    }
}
