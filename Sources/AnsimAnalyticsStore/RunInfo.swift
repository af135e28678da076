/// What a recorded run computed, as written to `analytics_run`: its kind (hotspot, forecast,
/// patrol), method, the events it read and the parameters it used.
public struct RunInfo: Sendable {
    /// hotspot, forecast, …
    public var kind: String
    /// kde, gistar, moran, ensemble, …
    public var method: String
    /// The table the events came from (incident, call_112).
    public var source: String
    /// Crime classes or call types the events were limited to (empty: all).
    public var classes: [String]
    public var agency: String
    /// The parameters as a JSON object (sorted keys).
    public var parametersJSON: String
    /// What a cell's value is, e.g. "Gi* z".
    public var valueLabel: String

    public init(
        kind: String, method: String, source: String, classes: [String], agency: String,
        parametersJSON: String, valueLabel: String
    ) {
        self.kind = kind
        self.method = method
        self.source = source
        self.classes = classes
        self.agency = agency
        self.parametersJSON = parametersJSON
        self.valueLabel = valueLabel
    }
}
