import AnsimSupport
import AnsimSynth
import Foundation
import Testing

/// The files: headers, quoting, Korean text, CP949, determinism, the manifest.
@Suite struct OutputTests {
    static let inputCounts = ["admin_area_hangjeongdong": 4, "crime_stat_gu": 10]

    static func files(seed: UInt64, encoding: OutputEncoding = .utf8) throws -> [String: [UInt8]] {
        let parameters = Fixtures.parameters(seed: seed)
        let out =
            seed == 20_231_231 ? Fixtures.run : try Synth.generate(Fixtures.inputs, parameters: parameters)
        let files = try SynthFiles.render(
            out, parameters: parameters, inputs: inputCounts, encoding: encoding)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.bytes) })
    }

    static func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n").dropLast().map { $0 }
    }

    @Test func sameSeedGivesIdenticalBytesAndAnotherSeedDoesNot() throws {
        let a = try Self.files(seed: 20_231_231)
        let b = try Self.files(seed: 20_231_231)
        let fresh = try SynthFiles.render(
            try Synth.generate(Fixtures.inputs, parameters: Fixtures.parameters(seed: 20_231_231)),
            parameters: Fixtures.parameters(seed: 20_231_231), inputs: Self.inputCounts, encoding: .utf8)
        for (name, bytes) in fresh {
            #expect(a[name] == bytes, "\(name) differs between two runs with the same seed")
            #expect(b[name] == bytes)
        }
        let other = try Self.files(seed: 20_231_232)
        #expect(other["incidents.csv"] != a["incidents.csv"])
        #expect(other["calls_112.csv"] != a["calls_112.csv"])
    }

    @Test func inputOrderDoesNotMatter() throws {
        var shuffled = Fixtures.inputs
        shuffled.dongs.reverse()
        shuffled.boxes.reverse()
        shuffled.riskSites.reverse()
        shuffled.counts.reverse()
        let out = try Synth.generate(shuffled, parameters: Fixtures.parameters(seed: 20_231_231))
        #expect(SynthCSV.incidents(out.incidents) == SynthCSV.incidents(Fixtures.run.incidents))
        #expect(SynthCSV.calls(out.calls) == SynthCSV.calls(Fixtures.run.calls))
    }

    @Test func headersAreExactlyTheContract() throws {
        let files = try Self.files(seed: 20_231_231)
        let incidents = Self.lines(files["incidents.csv"]!)
        let calls = Self.lines(files["calls_112.csv"]!)
        #expect(incidents[0] == "사건번호,발생일시,죄종,세부죄종,자치구,행정동,행정동코드,관할경찰서,관할지구대,경도,위도,검거여부,합성여부")
        #expect(
            calls[0]
                == "신고번호,접수일시,지령일시,도착일시,종결일시,긴급도,사건종별,자치구,행정동,관할경찰서,관할지구대,경도,위도,관련사건번호,합성여부")
        #expect(incidents.count == Fixtures.run.incidents.count + 1)
        #expect(calls.count == Fixtures.run.calls.count + 1)
    }

    @Test func rowsCarryKoreanTextTimesAndSevenDecimals() throws {
        let files = try Self.files(seed: 20_231_231)
        let rows = Self.lines(files["incidents.csv"]!).dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        #expect(rows.allSatisfy { $0.count == 13 && $0[12] == "Y" && ($0[11] == "Y" || $0[11] == "N") })
        #expect(rows.contains { $0[2] == "강간·강제추행" })
        #expect(Set(rows.map { String($0[5]) }) == ["사직동", "삼청동", "소공동", "회현동"])
        let time = /^2023-\d\d-\d\d \d\d:\d\d:\d\d$/
        let degrees = /^\d{2,3}\.\d{7}$/
        #expect(rows.allSatisfy { (try? time.wholeMatch(in: String($0[1]))) != nil })
        #expect(
            rows.allSatisfy {
                (try? degrees.wholeMatch(in: String($0[9]))) != nil
                    && (try? degrees.wholeMatch(in: String($0[10]))) != nil
            })
        let calls = Self.lines(files["calls_112.csv"]!).dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        #expect(
            calls.allSatisfy {
                $0.count == 15 && $0[14] == "Y" && Int($0[5]).map { (0...4).contains($0) } == true
            })
        #expect(calls.filter { $0[5] == "4" }.allSatisfy { $0[2].isEmpty && $0[3].isEmpty })
    }

    @Test func fieldsAreQuotedAsRFC4180Says() {
        #expect(SynthCSV.field("종로1·2·3·4가동") == "종로1·2·3·4가동")
        #expect(SynthCSV.field("a,b") == "\"a,b\"")
        #expect(SynthCSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(SynthCSV.degrees(126.97796919) == "126.9779692")
        #expect(SynthCSV.degrees(-0.5) == "-0.5000000")
    }

    @Test func cp949FilesDecodeBackToTheSameText() throws {
        let utf8 = try Self.files(seed: 20_231_231)
        let cp949 = try Self.files(seed: 20_231_231, encoding: .cp949)
        let iconv = Subprocess.which("iconv") ?? "/usr/bin/iconv"
        for name in ["incidents.csv", "calls_112.csv"] {
            let bytes = try #require(cp949[name])
            #expect(bytes.count < utf8[name]!.count)  // Hangul takes 2 bytes instead of 3
            let path = NSTemporaryDirectory() + "/ansim-synth-\(getpid())-\(name)"
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let decoded = try Subprocess.run(iconv, ["-f", "CP949", "-t", "UTF-8", path])
            #expect(decoded.status == 0, "\(decoded.errorLine)")
            #expect(decoded.output == String(decoding: utf8[name]!, as: UTF8.self))
        }
    }

    @Test func manifestStatesWhatWasMade() throws {
        let files = try Self.files(seed: 20_231_231, encoding: .cp949)
        let json = try JSONSerialization.jsonObject(with: Data(files["manifest.json"]!)) as! [String: Any]
        #expect(json["synthetic"] as? Bool == true)
        #expect((json["statement"] as? String)?.hasPrefix("SYNTHETIC DATA") == true)
        #expect(json["seed"] as? Int == 20_231_231)
        #expect(
            json["period_start"] as? String == "2023-01-01" && json["period_end"] as? String == "2023-12-31")
        #expect(json["encoding"] as? String == "cp949")
        #expect((json["inputs"] as? [String: Int]) == Self.inputCounts)
        let outputs = try #require(json["outputs"] as? [String: [String: Any]])
        #expect(outputs["incidents.csv"]?["rows"] as? Int == Fixtures.run.incidents.count)
        #expect(outputs["calls_112.csv"]?["sha256"] as? String == SHA256.hex(files["calls_112.csv"]!))
    }
}
