import Foundation

/// Distances and time limits of the geofence engine.
public struct GeofenceParameters: Sendable, Equatable {
    /// Within this distance of a protected place: a warning to the victim and the worker.
    public var warningDistance = 2_000.0
    /// Default violation distance when the order names none (the law's 100 m).
    public var violationDistance = 100.0
    /// A warning ends only beyond warningDistance + this margin (hysteresis).
    public var warningExitMargin = 200.0
    /// A violation ends only beyond its distance + this margin (hysteresis).
    public var violationExitMargin = 20.0
    /// A gap in a tag's fixes longer than this ends any approach: the next fix inside a
    /// zone is a new approach and alerts again.
    public var staleAfter: TimeInterval = 15 * 60

    /// The defaults above.
    public init() {}
}
