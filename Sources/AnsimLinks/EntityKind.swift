/// What an entity of the link graph is: the things investigators link in a case.
public enum EntityKind: String, CaseIterable, Sendable, Codable {
    case person
    case phone
    case account
    case vehicle
    case address
    case device
    case crimeCase = "case"
    case call112 = "call112"

    /// The prefix of the entity's reference (`PER-000017`).
    public var prefix: String {
        switch self {
        case .person: "PER"
        case .phone: "PHN"
        case .account: "ACC"
        case .vehicle: "VEH"
        case .address: "ADR"
        case .device: "DEV"
        case .crimeCase: "CAS"
        case .call112: "C112"
        }
    }

    /// The kind named by `text` (the raw value, as in the CSV exports), or nil.
    public init?(name text: String) {
        self.init(rawValue: text.lowercased())
    }
}
