/// An address interval (기초구간, a `TL_SPRD_INTRVL` row): a short piece of a section's
/// centreline, drawn in the direction of increasing numbers, carrying the odd base
/// number on its left and the even one on its right.
public struct RoadIntervalRecord: Sendable, Hashable {
    /// `RDS_MAN_NO` of the section it belongs to.
    public var sectionNo: String
    /// `BSI_INT_SN`, the interval's serial number.
    public var serial: String
    /// `ODD_BSI_MN` / `ODD_BSI_SL`: the odd base number (main, sub) on the left.
    public var odd: AddressNumber?
    /// `EVE_BSI_MN` / `EVE_BSI_SL`: the even base number (main, sub) on the right.
    public var even: AddressNumber?
    /// The interval's line (EPSG:5179).
    public var line: [GeocodePoint]

    /// An interval record; a main number of 0 means "none on that side".
    public init(sectionNo: String, serial: String, odd: AddressNumber?, even: AddressNumber?, line: [GeocodePoint]) {
        self.sectionNo = sectionNo
        self.serial = serial
        self.odd = odd.flatMap { $0.main > 0 ? $0 : nil }
        self.even = even.flatMap { $0.main > 0 ? $0 : nil }
        self.line = line
    }
}
