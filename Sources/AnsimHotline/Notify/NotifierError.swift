/// A failed delivery.
public struct NotifierError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { "alert delivery failed: " + message }
}
