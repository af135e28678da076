/// What a link says. Links are directed as recorded: the caller calls the callee, the
/// sender transfers to the receiver, a phone/account/vehicle/device/address is
/// registered to a person, a person or vehicle is seen at an address, a person is a
/// co-offender of another, a person is a victim of a case (or a 112 call).
public enum LinkKind: String, CaseIterable, Sendable, Codable {
    case called
    case transferred
    case registeredTo = "registered_to"
    case seenAt = "seen_at"
    case coOffender = "co_offender"
    case victimOf = "victim_of"

    /// The kind's index (0…5), the bit of ``LinkFilter/kinds``.
    public var index: UInt8 {
        UInt8(LinkKind.allCases.firstIndex(of: self)!)
    }

    /// The kind of index `i`.
    public static func at(_ i: UInt8) -> LinkKind { allCases[Int(i)] }
}
