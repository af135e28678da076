/// Locates a row's address when the row has no coordinates (`ansim etl load --geocode`).
///
/// The ETL does not know how addresses are found: the CLI injects an implementation
/// (`AnsimGeocodeStore.ETLGeocoder`, the offline geocoder over the road-name-address
/// map), so AnsimETL does not depend on the geocoder or its index.
public protocol AddressGeocoding: Sendable {
    /// The address's point in EPSG:5179 and its precision, or why it was not found.
    func locate(_ address: String) -> AddressLocation
}

/// What ``AddressGeocoding/locate(_:)`` found.
public enum AddressLocation: Sendable, Equatable {
    /// A point in EPSG:5179 and how exactly it locates the address (e.g. `interval`, `road`,
    /// `beopjeongdong`): stored in the row's `geocode_precision`.
    case found(x: Double, y: Double, precision: String)
    /// Not located, and why (the row stays quarantined with this reason).
    case notFound(reason: String)
}
