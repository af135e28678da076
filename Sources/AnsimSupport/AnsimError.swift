/// A plain error whose description is one line meant for the person at the terminal.
///
/// Layers with richer errors (``StoreError`` in AnsimStore, ``GeoError`` in AnsimGeo)
/// conform to `CustomStringConvertible` the same way, so the CLI prints any of them
/// as a single line and exits non-zero.
public struct AnsimError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The one-line message.
    public let description: String

    /// Creates an error with a one-line message.
    public init(_ message: String) {
        self.description = message
    }
}
