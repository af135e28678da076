/// Risk and protection measured for one place (a 100 m cell).
public struct ProtectionProfile: Sendable, Hashable {
    /// Forecast risk of the place.
    public var risk: Double
    /// Cameras within the coverage radius.
    public var cameras: Int
    /// Security lights in the place.
    public var lights: Int
    /// Women's safe houses and safe parcel boxes within 300 m.
    public var safePlaces: Int
    /// Distance to the nearest police box, in metres.
    public var policeDistance: Double

    /// A profile.
    public init(risk: Double, cameras: Int, lights: Int, safePlaces: Int, policeDistance: Double) {
        self.risk = risk
        self.cameras = cameras
        self.lights = lights
        self.safePlaces = safePlaces
        self.policeDistance = policeDistance
    }
}
