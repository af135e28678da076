/// Whether a camera sees a point: within its range (``defaultRange`` when unknown) and,
/// for a camera with a view direction, inside its field of view (``fieldOfView``
/// degrees centred on the direction). A camera without a direction is omnidirectional.
public enum CameraCoverage {
    /// Range of a camera whose range is unknown (metres).
    public static let defaultRange = 50.0
    /// Field of view of a directional camera (degrees).
    public static let fieldOfView = 90.0
    /// The largest range any camera is given (bounds the index search).
    public static let maximumRange = 300.0

    /// The camera's effective range.
    public static func range(_ camera: Camera) -> Double {
        min(camera.range ?? defaultRange, maximumRange)
    }

    /// True when `camera` covers (x, y), `distance` metres away.
    public static func covers(_ camera: Camera, x: Double, y: Double, distance: Double) -> Bool {
        guard distance <= range(camera) else { return false }
        guard let direction = camera.direction,
            let bearing = Bearing.degrees(fromX: camera.x, fromY: camera.y, toX: x, toY: y, minimum: 0.5)
        else { return true }
        return Bearing.difference(bearing, direction) <= fieldOfView / 2
    }
}
