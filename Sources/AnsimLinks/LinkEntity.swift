/// One entity: a pseudonymous reference, its kind, a label (never a real name: the data
/// are synthetic or pseudonymised at the edge) and, for located entities, WGS84 lon/lat.
public struct LinkEntity: Sendable, Equatable {
    public var ref: String
    public var kind: EntityKind
    public var label: String
    public var lon: Double?
    public var lat: Double?

    public init(ref: String, kind: EntityKind, label: String = "", lon: Double? = nil, lat: Double? = nil) {
        self.ref = ref
        self.kind = kind
        self.label = label
        self.lon = lon
        self.lat = lat
    }
}
