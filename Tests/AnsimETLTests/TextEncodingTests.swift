import AnsimETL
import AnsimTestSupport
import Foundation
import Testing

@Suite struct TextEncodingTests {
    @Test func detectsTheShippedFilesEncodings() throws {
        let cases: [(String, TextEncoding)] = [
            ("cctv/seoul_cctv_points_ando2021.csv", .utf8),
            ("cctv/gangnam_cctv_standard_20190312.csv", .cp949),
            ("police/seoul_police_stations_qw2022.csv", .utf8BOM),
            ("police/seoul_police_boxes_ando2021.csv", .cp949),
            ("crime_stats/seoul_police_station_5crimes_2016.csv", .cp949),
            ("population/seoul_dong_population_2021Q2.tsv", .utf8),
        ]
        for (file, expected) in cases {
            #expect(try TextEncoding.detect(file: TestEnvironment.dataFile(file)) == expected, "\(file)")
        }
    }

    @Test func detectsFromBytes() throws {
        #expect(TextEncoding.detect([0xEF, 0xBB, 0xBF, 0x41]) == .utf8BOM)
        #expect(TextEncoding.detect(Array("강남구,1".utf8)) == .utf8)
        // "강남구" in CP949.
        #expect(TextEncoding.detect([0xB0, 0xAD, 0xB3, 0xB2, 0xB1, 0xB8]) == .cp949)
        // A UTF-8 sequence cut at the end of a sample still counts as UTF-8.
        #expect(TextEncoding.detect(Array("강남".utf8).dropLast()) == .utf8)
        #expect(try TextEncoding(name: "EUC-KR") == .cp949)
        #expect(throws: Error.self) { try TextEncoding(name: "latin-1") }
    }
}
