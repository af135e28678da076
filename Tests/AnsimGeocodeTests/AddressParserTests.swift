import Testing

@testable import AnsimGeocode

/// The parser reads the ways people write addresses, and says why when it cannot.
@Suite struct AddressParserTests {
    let parser = AddressParser()

    @Test func fullRoadAddress() throws {
        let a = try parser.parse("서울특별시 강남구 학동로 156")
        #expect(a == ParsedAddress(kind: .road, sido: "서울특별시", sigungu: "강남구", road: "학동로", number: AddressNumber(156)))
    }

    @Test func gilWrittenApartSubNumberFloorsAndNote() throws {
        let a = try parser.parse("서울시  강남구 테헤란로 29길 12-3, 3층 (역삼동, 무슨빌딩)")
        #expect(a.sido == "서울특별시")
        #expect(a.road == "테헤란로29길")
        #expect(a.number == AddressNumber(12, 3))
        #expect(a.dong == "역삼동")
        #expect(a.detail == "3층")
    }

    @Test func gluedWordsAreSplit() throws {
        let lot = try parser.parse("서울특별시 강남구개포동570")
        #expect(lot.kind == .lot && lot.sigungu == "강남구" && lot.dong == "개포동" && lot.number == AddressNumber(570))
        let road = try parser.parse("서울 강남구 학동로156")
        #expect(road.road == "학동로" && road.number == AddressNumber(156))
        let gil = try parser.parse("강남구 테헤란로29길 7")
        #expect(gil.road == "테헤란로29길" && gil.number == AddressNumber(7) && gil.sido == nil)
    }

    @Test func basementAndMountainLots() throws {
        let b = try parser.parse("강남구 학동로 지하 12")
        #expect(b.basement && b.number == AddressNumber(12))
        let s = try parser.parse("서울특별시 강남구 일원동 산 12-1번지")
        #expect(s.kind == .lot && s.basement && s.number == AddressNumber(12, 1) && s.dong == "일원동")
    }

    @Test func unterminatedNoteStillGivesTheDong() throws {
        let a = try parser.parse("\"서울특별시 강남구 개포로 310 (개포동")
        #expect(a.road == "개포로" && a.number == AddressNumber(310) && a.dong == "개포동")
    }

    @Test func malformedNumbersAreLeftUnset() throws {
        for text in ["강남구 학동로 15x", "강남구 학동로 -5", "강남구 학동로 0", "강남구 학동로 12-"] {
            let a = try parser.parse(text)
            #expect(a.kind == .road && a.number == nil, "\(text)")
        }
    }

    @Test func notAnAddressSaysWhy() {
        #expect(throws: AddressParseError("empty address")) { try parser.parse("  (  ) ") }
        #expect(throws: AddressParseError("only 서울특별시 강남구: no road name (…로, …길) or 동 found")) {
            try parser.parse("서울특별시 강남구")
        }
        #expect(throws: AddressParseError.self) { try parser.parse("hello world 42") }
    }
}
