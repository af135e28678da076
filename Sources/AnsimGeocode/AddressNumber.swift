/// A building or base number: main and sub ("12-3" is main 12, sub 3).
public struct AddressNumber: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The main number (본번).
    public var main: Int
    /// The sub number (부번), 0 when there is none.
    public var sub: Int

    /// A number `main-sub`.
    public init(_ main: Int, _ sub: Int = 0) {
        self.main = main
        self.sub = sub
    }

    /// "12" or "12-3".
    public var description: String { sub > 0 ? "\(main)-\(sub)" : "\(main)" }

    public static func < (a: AddressNumber, b: AddressNumber) -> Bool { (a.main, a.sub) < (b.main, b.sub) }
}
