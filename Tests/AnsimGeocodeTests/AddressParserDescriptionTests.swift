import Testing

@testable import AnsimGeocode

/// Descriptions that are not addresses keep the first 동 they name.
@Suite struct AddressParserDescriptionTests {
    @Test func firstDongStaysWhenLaterWordsLookLikeOne() throws {
        let a = try AddressParser().parse("서울특별시 강남구 대치동 영동6교 밑 양재천 산책로")
        #expect(a.dong == "대치동" && a.road == "산책로" && a.number == nil)
    }
}
