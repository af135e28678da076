import AnsimETL
import AnsimStore
import AnsimTestSupport
import Foundation
import Testing

/// `ansim etl load --geocode`: rows with an address and no coordinates are located by the
/// injected geocoder and flagged; rows it cannot locate stay quarantined with its reason.
@Suite(.serialized) struct GeocodeHookTests {
    /// Knows one address; any other is "not in the map".
    struct StubGeocoder: AddressGeocoding {
        func locate(_ address: String) -> AddressLocation {
            address == "서울특별시 강남구 학동로 156"
                ? .found(x: 958_273.57, y: 1_946_076.76, precision: "interval")
                : .notFound(reason: "road not in the map")
        }
    }

    static let header = BadInputTests.header
    /// The standard CCTV schema with the road address, lot address and coordinates given.
    static func row(_ n: Int, road: String, lot: String = "", lat: String = "", lon: String = "") -> String {
        "서울특별시 강남구청,\(road),\(lot),방범,1,200,360도,30,2015-03,02-3423-0000,\(lat),\(lon),2019-03-12"
    }

    static func fixture() throws -> String {
        let dir = try TestEnvironment.temporaryFolder("ansim-geocode-hook")
        let path = dir + "/cctv-geocode.csv"
        let rows = [
            header,
            row(1, road: "서울특별시 강남구 테헤란로 1", lat: "37.5", lon: "127.03"),  // coordinates: as before
            row(2, road: "서울특별시 강남구 학동로 156"),  // address only: geocoded
            row(3, road: "부산광역시 중구 중앙대로 1"),  // address only, not found: quarantined
            row(4, road: ""),  // neither: quarantined
        ]
        _ = FileManager.default.createFile(atPath: path, contents: Data(rows.joined(separator: "\n").utf8))
        return path
    }

    @Test func addressOnlyRowsAreGeocodedAndFlagged() throws {
        let f = try ETLFixture("etl_geocode")
        defer { f.drop() }
        let path = try Self.fixture()
        let r = try f.loader.load(path, options: LoadOptions(kind: .cctv, geocoder: StubGeocoder()))
        #expect(r.rowsRead == 4 && r.rowsLoaded == 2 && r.rowsQuarantined == 2 && ETLFixture.addsUp(r))
        #expect(r.warnings.contains { $0.contains("geocoded from the address (interval)") })
        let rows = try f.connection.query(
            """
            SELECT address, geocode_precision, round(ST_X(geom)::numeric, 2)::text, round(ST_Y(geom)::numeric, 2)::text
            FROM cctv ORDER BY address
            """, purpose: "read")
        #expect(rows.count == 2)
        #expect(rows[0][0] == "서울특별시 강남구 테헤란로 1" && rows[0][1] == nil)
        #expect(rows[1][0] == "서울특별시 강남구 학동로 156" && rows[1][1] == "interval")
        #expect(rows[1][2] == "958273.57" && rows[1][3] == "1946076.76")
        let reasons = try f.connection.query(
            "SELECT row_number, reason FROM etl_quarantine WHERE run_id = $1 ORDER BY row_number", [r.runID],
            purpose: "read")
        #expect(
            reasons.map { $0[1] ?? "" } == [
                "missing coordinates; address not geocoded: road not in the map",
                "missing coordinates (and no address to geocode)",
            ])
        // Loaded again without the geocoder: all three rows without coordinates are quarantined
        // as before, and the geocoded camera leaves the snapshot like any row the file lacks.
        let again = try f.loader.load(path, options: LoadOptions(kind: .cctv))
        #expect(again.rowsLoaded == 0 && again.rowsQuarantined == 3 && again.rowsRemoved == 1)
        #expect(again.quarantineReasons.contains { $0.reason == "missing coordinates" && $0.rows == 3 })
    }
}
