import Foundation

/// The five major crimes (5대 범죄) of Korean police statistics, as named in the
/// published counts (`crime_stat.crime`) and in the 죄종 column of the output.
public enum CrimeClass: String, CaseIterable, Sendable, Hashable, Comparable, Codable {
    case murder = "살인"
    case robbery = "강도"
    case sexualAssault = "강간·강제추행"
    case theft = "절도"
    case violence = "폭력"

    /// The Korean name (죄종).
    public var name: String { rawValue }

    /// The class for a published name; accepts the 2016 station file's "강간" too.
    public init?(name: String) {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed == "강간" { self = .sexualAssault; return }
        self.init(rawValue: trimmed)
    }

    /// A stable position (the order of the published tables).
    public var order: Int { CrimeClass.allCases.firstIndex(of: self)! }

    public static func < (a: CrimeClass, b: CrimeClass) -> Bool { a.order < b.order }

    /// The 112 사건종별 a call reporting this crime is filed under (KNPA 112 신고
    /// 분류: 중요범죄 살인·강도·성폭력·절도·치기(소매치기), 기타범죄 폭력).
    func callType(subclass: String) -> String {
        switch self {
        case .murder: "살인"
        case .robbery: "강도"
        case .sexualAssault: "성폭력"
        case .theft: subclass == "소매치기" ? "치기" : "절도"
        case .violence: "폭력"
        }
    }
}
