import Foundation

/// One GPS fix of an offender's tag, in EPSG:5179 metres.
public struct GeofenceFix: Sendable, Equatable, Codable {
    /// The tag (device) id.
    public var tag: String
    /// When the fix was taken.
    public var time: Date
    /// Easting (EPSG:5179).
    public var x: Double
    /// Northing (EPSG:5179).
    public var y: Double

    /// A fix.
    public init(tag: String, time: Date, x: Double, y: Double) {
        self.tag = tag
        self.time = time
        self.x = x
        self.y = y
    }
}
