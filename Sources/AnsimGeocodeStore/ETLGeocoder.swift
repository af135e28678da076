import AnsimETL
import AnsimGeocode
import AnsimStore

/// The offline geocoder as the ETL's ``AddressGeocoding``: rows with an address and no
/// coordinates get the geocoder's EPSG:5179 point and precision, or its reason for none.
public struct ETLGeocoder: AddressGeocoding {
    public let geocoder: Geocoder

    public init(_ geocoder: Geocoder) { self.geocoder = geocoder }

    /// A geocoder over the road-name-address map and boundaries loaded in the database.
    public init(on connection: Connection) throws {
        self.init(Geocoder(index: try GeocodeIndexLoader.load(on: connection)))
    }

    public func locate(_ address: String) -> AddressLocation {
        switch geocoder.geocode(address) {
        case .matched(let m): .found(x: m.point.x, y: m.point.y, precision: m.precision.rawValue)
        case .unmatched(let reason): .notFound(reason: reason)
        }
    }
}
