/// One GPS fix of a wearer's tag (EPSG:5179 metres, milliseconds since 1970).
public struct GPSFix: Sendable, Equatable {
    /// The wearer's database id.
    public var person: Int64
    /// When the fix was taken (ms since 1970).
    public var time: Int64
    public var x: Double
    public var y: Double
    /// The device's heading (degrees clockwise from north), if it sent one.
    public var heading: Double?

    /// A fix.
    public init(person: Int64, time: Int64, x: Double, y: Double, heading: Double? = nil) {
        self.person = person
        self.time = time
        self.x = x
        self.y = y
        self.heading = heading
    }
}
