/// Why a scene given as an address could not be placed.
public enum LookupAddressError: Error, CustomStringConvertible, Equatable {
    /// The road-name-address map (TL_SPRD_MANAGE / TL_SPRD_INTRVL) is not loaded.
    case noAddressMap
    /// The geocoder found no match, and its reason.
    case notFound(String)

    public var description: String {
        switch self {
        case .noAddressMap:
            return "addresses cannot be located: the road-name-address map is not loaded "
                + "(ansim etl load roads/gangnam_juso_roadmap_2019/TL_SPRD_MANAGE.shp and TL_SPRD_INTRVL.shp)"
        case .notFound(let reason):
            return "address not found: \(reason)"
        }
    }
}
