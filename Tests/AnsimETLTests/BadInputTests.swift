import AnsimETL
import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// The bad-input corpus: files made here, each loaded with an explicit kind. Each
/// gives a clear one-line error naming the file, or quarantines rows with reasons;
/// nothing crashes and the counts add up.
@Suite(.serialized) struct BadInputTests {
    static let header =
        "관리기관명,소재지도로명주소,소재지지번주소,설치목적구분,카메라대수,카메라화소수,촬영방면정보,보관일수,설치년월,관리기관전화번호,위도,경도,데이터기준일자"
    static func row(_ n: Int, lat: String = "37.5", lon: String = "127.03", cameras: String = "1") -> String {
        "서울특별시 강남구청,테헤란로 \(n),역삼동 \(n),방범,\(cameras),200,360도,30,2015-03,02-3423-0000,\(lat),\(lon),2019-03-12"
    }

    let f: ETLFixture
    let dir: String

    init() throws {
        f = try ETLFixture("etl_bad")
        dir = try TestEnvironment.temporaryFolder("ansim-bad-input")
    }

    func file(_ name: String, _ bytes: [UInt8]) -> String {
        let path = dir + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    func file(_ name: String, _ text: String) -> String { file(name, Array(text.utf8)) }

    func load(_ path: String, _ kind: SourceKind = .cctv, encoding: TextEncoding? = nil) throws -> LoadReport
    {
        try f.loader.load(path, options: LoadOptions(kind: kind, encoding: encoding))
    }

    func expectError(
        _ path: String, _ kind: SourceKind = .cctv, containing text: String, encoding: TextEncoding? = nil
    ) {
        let error = #expect(throws: (any Error).self) { try load(path, kind, encoding: encoding) }
        let message = error.map { "\($0)" } ?? ""
        #expect(message.contains(text), "\(message)")
        #expect(message.contains((path as NSString).lastPathComponent), "\(message)")
        #expect(!message.contains("\n"))
    }

    @Test func emptyFileAndMissingFile() {
        defer { cleanup() }
        expectError(file("empty.csv", ""), containing: "empty")
        expectError(dir + "/nothing-here.csv", containing: "no such file")
    }

    @Test func headerOnlyLoadsNothing() throws {
        defer { cleanup() }
        let r = try load(file("header-only.csv", Self.header + "\r\n"))
        #expect(r.rowsRead == 0 && r.rowsLoaded == 0 && r.status == "succeeded")
    }

    @Test func truncatedLineExtraAndMissingColumns() throws {
        defer { cleanup() }
        let text = [
            Self.header, Self.row(1), Self.row(2) + ",extra,values", Self.row(3) + ",",
            Self.row(4).split(separator: ",").prefix(4).joined(separator: ","),
        ]
        .joined(separator: "\n")
        let r = try load(file("columns.csv", text))
        #expect(r.rowsRead == 4 && r.rowsLoaded == 2 && r.rowsQuarantined == 2)
        #expect(ETLFixture.addsUp(r))
        let reasons = try f.connection.query(
            "SELECT row_number, reason FROM etl_quarantine WHERE run_id = $1 ORDER BY row_number", [r.runID],
            purpose: "read")
        #expect(
            reasons.map { $0[1] ?? "" } == [
                "expected 13 fields, found 15", "expected 13 fields, found 4 (truncated line?)",
            ])
        #expect(reasons.map { $0[0] ?? "" } == ["3", "5"])
        // A header without the columns the source needs is refused as a whole.
        expectError(file("wrong-header.csv", "관리기관명,위도,경도,카메라대수\nx,37.5,127.0,1\n"), containing: "no column")
    }

    @Test func binaryGarbage() {
        defer { cleanup() }
        var bytes: [UInt8] = []
        var state: UInt32 = 7
        for _ in 0..<5000 {
            state = state &* 1_103_515_245 &+ 12345
            bytes.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        bytes[10] = 0
        expectError(file("garbage.csv", bytes), containing: "binary")
    }

    @Test func wrongEncoding() throws {
        defer { cleanup() }
        let utf8 = file("utf8.csv", [Self.header, Self.row(1), Self.row(2)].joined(separator: "\n"))
        let cp949 = dir + "/cp949.csv"
        #expect(
            try Subprocess.run("/usr/bin/iconv", ["-f", "UTF-8", "-t", "CP949", "-o", cp949, utf8]).status
                == 0)
        // Forced to read CP949 bytes as UTF-8: a clear error, with the way out.
        expectError(cp949, containing: "pass --encoding cp949", encoding: .utf8)
        // Detected, it loads.
        let r = try load(cp949)
        #expect(r.encoding == "cp949" && r.rowsLoaded == 2)
        // A CP949 row inside a UTF-8 file is quarantined, not mangled.
        var mixed = Array((Self.header + "\n" + Self.row(5) + "\n").utf8)
        mixed += [0xC5, 0xD7, 0xBD, 0xBA, 0xC6, 0xAE] + Array(Self.row(6).utf8) + [10]
        let m = try load(file("mixed.csv", mixed))
        #expect(m.rowsRead == 2 && m.rowsLoaded == 1 && m.rowsQuarantined == 1)
        #expect(m.quarantineReasons.first?.reason.contains("not UTF-8") == true)
    }

    @Test func badNumbersAndCoordinates() throws {
        defer { cleanup() }
        let rows = [
            Self.row(1, lat: "NaN", lon: "127.03"),  // not a finite number
            Self.row(2, lat: "1e308", lon: "1e308"),  // huge
            Self.row(3, lat: "", lon: ""),  // missing
            Self.row(4, lat: "0", lon: "0"),  // (0,0)
            Self.row(5, lat: "abc", lon: "127"),  // text
            Self.row(6, lat: "127.03", lon: "37.5"),  // swapped: fixed, loaded
            Self.row(7, cameras: "99999999999"),  // camera count out of range
            Self.row(8, cameras: "0"),  // zero cameras
            Self.row(9, lat: "35.1", lon: "129.0"),  // Busan: in Korea, loaded (the standard schema is national)
        ]
        let r = try load(file("numbers.csv", ([Self.header] + rows).joined(separator: "\n")))
        #expect(r.rowsRead == 9 && ETLFixture.addsUp(r))
        #expect(r.rowsLoaded == 2)
        let reasons = Set(r.quarantineReasons.map(\.reason))
        #expect(
            reasons.contains("non-numeric coordinates (NaN, 127.03)")
                || reasons.contains { $0.hasPrefix("non-numeric") })
        #expect(reasons.contains("missing coordinates"))
        #expect(reasons.contains("zero coordinates"))
        #expect(reasons.contains { $0.hasPrefix("outside South Korea") })
        #expect(reasons.contains { $0.hasPrefix("camera_count") })
        #expect(r.warnings.contains { $0.contains("swapped") })
    }

    @Test func mixedLineEndingsAndDuplicates() throws {
        defer { cleanup() }
        let text =
            Self.header + "\r\n" + Self.row(1) + "\n" + Self.row(2) + "\r" + Self.row(3) + "\r\n"
            + Self.row(1)
            + "\n" + Self.row(2) + "\n\n"
        let r = try load(file("endings.csv", text))
        // Five rows and a blank line (a row of nothing, quarantined as such).
        #expect(r.rowsRead == 6 && r.rowsLoaded == 3 && r.rowsDuplicate == 2 && r.rowsQuarantined == 1)
        let listed = try f.connection.query(
            "SELECT reason FROM etl_quarantine WHERE run_id = $1 ORDER BY row_number", [r.runID],
            purpose: "read")
        #expect(
            listed.map { $0[0] ?? "" } == [
                "duplicate: same natural key as row 2", "duplicate: same natural key as row 3", "blank line",
            ])
    }

    @Test func brokenShapefiles() throws {
        defer { cleanup() }
        let shp = try TestEnvironment.dataFile(
            "boundaries/seoul_admdong_kostat_utmk_shp/seoul_admdong_utmk.shp")
        let base = dir + "/admdong"
        try FileManager.default.copyItem(atPath: shp, toPath: base + ".shp")
        try FileManager.default.copyItem(
            atPath: shp.replacingOccurrences(of: ".shp", with: ".shx"), toPath: base + ".shx")
        expectError(base + ".shp", .adminArea, containing: ".dbf")
        expectError(file("noise.geojson", "{\"type\": \"Feature"), .adminArea, containing: "noise.geojson")
    }

    @Test func newerExportUpsertsByKeyAndRemovesWhatIsGone() throws {
        defer { cleanup() }
        let first = try load(
            file(
                "gangnam_cctv_export.csv",
                [Self.header, Self.row(1), Self.row(2), Self.row(3)].joined(separator: "\n")))
        #expect(first.rowsLoaded == 3)
        // The next export of the same file: row 2 changed, row 3 gone, row 4 new.
        let next = [Self.header, Self.row(1), Self.row(2, cameras: "4"), Self.row(4)].joined(separator: "\n")
        try next.write(toFile: dir + "/gangnam_cctv_export.csv", atomically: true, encoding: .utf8)
        let second = try load(dir + "/gangnam_cctv_export.csv")
        #expect(second.rowsRead == 3 && second.rowsRemoved >= 1)
        #expect(try f.count("SELECT count(*) FROM cctv") == 3)
        #expect(try f.count("SELECT sum(camera_count) FROM cctv") == 6)
    }

    func cleanup() {
        f.drop()
        try? FileManager.default.removeItem(atPath: dir)
    }
}
