/// Where a canonical field's value comes from.
///
/// In JSON either a column name (`"gu": "자치구"`) or an object:
/// `{"column": ["설치연도", "설치년도"]}` (the first present column),
/// `{"const": "bar"}`, and optionally `"transform"` (see ``FieldTransform``) and
/// `"min"` (values below it become NULL with a warning, e.g. `"1990-01-01"` for
/// implausible install dates).
public struct FieldSpec: Codable, Sendable, Equatable {
    public var columns: [String]
    public var constant: String?
    public var transform: FieldTransform?
    public var minimum: String?
    /// A cell of a multi-line header, `[line, column]` (0-based), e.g. the year in
    /// a statistics table's first header line.
    public var headerCell: [Int]?

    public init(
        columns: [String] = [], constant: String? = nil, transform: FieldTransform? = nil,
        minimum: String? = nil,
        headerCell: [Int]? = nil
    ) {
        self.columns = columns
        self.constant = constant
        self.transform = transform
        self.minimum = minimum
        self.headerCell = headerCell
    }

    enum CodingKeys: String, CodingKey {
        case column, const, transform, min
        case headerCell = "header_cell"
    }

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let name = try? single.decode(String.self) {
            self.init(columns: [name])
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        var columns: [String] = []
        if let one = try? c.decode(String.self, forKey: .column) {
            columns = [one]
        } else if let many = try c.decodeIfPresent([String].self, forKey: .column) {
            columns = many
        }
        self.init(
            columns: columns, constant: try c.decodeIfPresent(String.self, forKey: .const),
            transform: try c.decodeIfPresent(FieldTransform.self, forKey: .transform),
            minimum: try c.decodeIfPresent(String.self, forKey: .min),
            headerCell: try c.decodeIfPresent([Int].self, forKey: .headerCell))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if columns.count == 1 { try c.encode(columns[0], forKey: .column) }
        if columns.count > 1 { try c.encode(columns, forKey: .column) }
        try c.encodeIfPresent(constant, forKey: .const)
        try c.encodeIfPresent(transform, forKey: .transform)
        try c.encodeIfPresent(minimum, forKey: .min)
        try c.encodeIfPresent(headerCell, forKey: .headerCell)
    }
}

/// Small, named value rewrites that source definitions may ask for.
public enum FieldTransform: String, Codable, Sendable {
    /// The last word: "서울특별시 종로구 사직동" → "사직동".
    case lastWord = "last-word"
    /// The second word: "서울특별시 종로구 사직동" → "종로구".
    case secondWord = "second-word"
    /// "YYYYMMDD" → "YYYY-MM-DD".
    case yyyymmdd
    /// "YYYY-MM" → "YYYY-MM-01".
    case yearMonth = "year-month"
    /// The administrative level of a 10-digit 행정기관코드 (…00000000 시도, …00000 시군구, else 행정동).
    case adminLevel = "admin-level"
    /// The first 5 digits of a code (the 시군구 of a 행정동 code).
    case sigunguCode = "sigungu-code"
    /// Y/N, 예/아니오 → true/false.
    case yesNo = "yes-no"
    /// The leading digits of a text ("2023" of "2023.2/4").
    case leadingNumber = "leading-number"
}
