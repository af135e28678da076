/// How the network is travelled: each mode has its own speeds, its own one-way rules and
/// its own cost columns in `road_edge` (`cost_car`/`reverse_cost_car`,
/// `cost_foot`/`reverse_cost_foot`).
public enum TravelMode: String, Sendable, CaseIterable, Codable {
    /// A patrol car: road-class speeds or the posted limit, one-way streets respected.
    case car
    /// On foot: 4.5 km/h (3 km/h on steps), every street both ways, no motorways.
    case foot

    /// The mode's index in per-mode arrays (car 0, foot 1).
    public var index: Int { self == .car ? 0 : 1 }
}

/// Which directions of a line a car may drive (walkers always go both ways).
public enum OneWay: String, Sendable, Codable {
    /// Both directions.
    case both
    /// Only in the direction the line is digitised (OSM `oneway=yes`).
    case forward
    /// Only against the digitised direction (OSM `oneway=-1`).
    case backward
}

/// Speeds (km/h) of one line for each mode; nil where the mode may not use it.
public struct ModeSpeeds: Sendable, Equatable {
    /// The car speed, or nil when cars may not use the line.
    public var car: Double?
    /// The walking speed, or nil when walkers may not use the line.
    public var foot: Double?

    /// Creates speeds.
    public init(car: Double?, foot: Double?) {
        self.car = car
        self.foot = foot
    }

    /// The speed for `mode`.
    public subscript(mode: TravelMode) -> Double? {
        mode == .car ? car : foot
    }
}
