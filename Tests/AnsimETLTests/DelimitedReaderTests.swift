import AnsimETL
import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// The CSV/TSV reader on the shipped files and on hand-made edge cases.
@Suite struct DelimitedReaderTests {
    func records(_ text: [UInt8], encoding: TextEncoding? = nil, delimiter: UInt8? = nil) throws
        -> [DelimitedRecord]
    {
        let dir = try TestEnvironment.temporaryFolder("ansim-csv")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/t.csv"
        FileManager.default.createFile(atPath: path, contents: Data(text))
        return Array(try DelimitedReader(path: path, encoding: encoding, delimiter: delimiter))
    }

    @Test(arguments: [
        ("cctv/seoul_cctv_points_ando2021.csv", 37_340, 7),
        ("cctv/gangnam_cctv_standard_20190312.csv", 1_881, 13),
        ("risk_factors/security_lights_2021/seoul_gangnam_security_lights.csv", 10_211, 11),
        ("risk_factors/security_lights_2021/seoul_mapo_security_lights.csv", 7_320, 5),
        ("population/seoul_dong_population_2021Q2.tsv", 454, 15),
    ])
    func shippedFiles(file: String, records: Int, columns: Int) throws {
        let reader = try DelimitedReader(path: TestEnvironment.dataFile(file))
        var n = 0
        var widths = Set<Int>()
        var problems = 0
        for r in reader {
            n += 1
            widths.insert(r.fields.count)
            if r.problem != nil { problems += 1 }
        }
        #expect(n == records)
        #expect(widths == [columns])
        #expect(problems == 0)
    }

    @Test func decodesCP949AndQuotedCommas() throws {
        let reader = try DelimitedReader(
            path: TestEnvironment.dataFile("cctv/gangnam_cctv_standard_20190312.csv"))
        #expect(reader.encoding == .cp949)
        let header = try #require(reader.next())
        #expect(header.fields.first == "관리기관명")
        let second = try #require(Array(reader.prefix(2)).last)
        #expect(second.fields[1] == "서울특별시 강남구 논현로 209(도곡동, 경남아파트)")
        #expect(second.line == 3)
    }

    @Test func quotingAndLineEndings() throws {
        let text = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n1,\"two\nlines\",3\r4,5,6\n\n7,,\n"
        let rs = try records(Array(text.utf8))
        #expect(
            rs.map(\.fields) == [
                ["a", "b,c", "say \"hi\""], ["1", "two\nlines", "3"], ["4", "5", "6"], [""], ["7", "", ""],
            ])
        #expect(rs.map(\.line) == [1, 2, 4, 5, 6])
        #expect(rs[3].isBlank)
    }

    @Test func badRecordsCarryTheirProblem() throws {
        var bytes = Array("ok,1\n".utf8)
        bytes += [0x62, 0xB0, 0xAD, 0x2C, 0x32, 0x0A]  // "b강,2" with 강 in CP949 inside a UTF-8 file
        bytes += Array("c,\"open\n".utf8)
        let rs = try records(bytes, encoding: .utf8)
        #expect(rs.count == 3)
        #expect(rs[0].problem == nil)
        #expect(rs[1].problem?.contains("not UTF-8") == true)
        #expect(rs[2].problem == "unterminated quoted field")
    }

    @Test func chunkBoundariesDoNotSplitRecordsOrCharacters() throws {
        // 300,000 rows of Korean text in CP949 (> 1 MiB chunks), rows ending in CRLF.
        let dir = try TestEnvironment.temporaryFolder("ansim-csv-big")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let utf8Path = dir + "/u.csv", cp949Path = dir + "/c.csv"
        var text = ""
        for i in 0..<300_000 { text += "\(i),강남구 역삼동 \(i),\"따옴표, 쉼표\"\r\n" }
        try text.write(toFile: utf8Path, atomically: true, encoding: .utf8)
        let iconv = try Subprocess.run(
            "/usr/bin/iconv", ["-f", "UTF-8", "-t", "CP949", "-o", cp949Path, utf8Path])
        #expect(iconv.status == 0)
        let reader = try DelimitedReader(path: cp949Path)
        #expect(reader.encoding == .cp949)
        var n = 0
        for r in reader {
            #expect(r.problem == nil)
            if r.fields != ["\(n)", "강남구 역삼동 \(n)", "따옴표, 쉼표"] {
                Issue.record("row \(n): \(r.fields)")
                break
            }
            n += 1
        }
        #expect(n == 300_000)
    }

    @Test func binaryFilesAreRefused() throws {
        let error = #expect(throws: AnsimError.self) {
            try records([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01])
        }
        #expect(error?.description.contains("binary") == true)
    }

    @Test func detectsDelimiters() throws {
        #expect(try records(Array("a\tb\tc\n1\t2\t3\n".utf8))[1].fields == ["1", "2", "3"])
        #expect(try records(Array("a;b\n\"x;y\";2\n".utf8))[1].fields == ["x;y", "2"])
        #expect(try records(Array("a,b\n".utf8), delimiter: 9)[0].fields == ["a,b"])
    }
}
