/// The components read from one address text.
public struct ParsedAddress: Sendable, Hashable, Codable {
    /// What kind of address it is.
    public enum Kind: String, Sendable, Codable {
        /// 도로명주소: a road name and (usually) a building number.
        case road
        /// 지번주소: a 법정동 (or 리/가) and a lot number.
        case lot
        /// Only an area (시/구/동), no road and no number.
        case area
    }

    /// The kind of address.
    public var kind: Kind
    /// The 시/도, normalised ("서울특별시"), if given.
    public var sido: String?
    /// The 시/군/구 ("강남구"), if given.
    public var sigungu: String?
    /// The 동/가/리 given in the text, or the first word of a parenthetical note
    /// ("(역삼동, …)") when it names one.
    public var dong: String?
    /// The road name without spaces ("테헤란로29길"), for road addresses.
    public var road: String?
    /// The building number (road addresses) or lot number (lot addresses).
    public var number: AddressNumber?
    /// "지하" before a building number, or "산" before a lot number.
    public var basement: Bool
    /// What followed the number (floors, building names, notes), for the record.
    public var detail: String?

    /// A parsed address.
    public init(
        kind: Kind, sido: String? = nil, sigungu: String? = nil, dong: String? = nil, road: String? = nil,
        number: AddressNumber? = nil, basement: Bool = false, detail: String? = nil
    ) {
        self.kind = kind
        self.sido = sido
        self.sigungu = sigungu
        self.dong = dong
        self.road = road
        self.number = number
        self.basement = basement
        self.detail = detail
    }
}
