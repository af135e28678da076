import AnsimAnalytics

/// What `ansim forecast --area` computes: a crime-risk forecast for the cells of one area,
/// trained on the events of the look-back window before `to`, recorded as a run that patrol
/// plans can be built on.
public struct ForecastRequest: Sendable {
    public var agency = "seoul"
    public var area: String
    public var level: AnalysisArea.Level?
    public var method: ForecastMethod
    /// End of training (exclusive), an ISO date in Asia/Seoul time; nil is the day after the
    /// latest event. The forecast covers `horizon` days after the last training event.
    public var to: String?
    /// Days of training events before `to`.
    public var lookback = 365
    public var horizon = 7.0
    public var source: HotspotRequest.Source = .incident
    public var classes: [String] = []
    public var cell = 100.0
    public var seed: UInt64 = 1
    /// Risk-site categories used as risk-terrain factors (rtm and ensemble); empty uses none.
    public var riskCategories = ["bar", "lodging", "convenience_store"]

    /// An area already resolved (e.g. the search area around a box for its network region),
    /// used instead of resolving ``area``.
    public var resolvedArea: AnalysisArea?

    public init(area: String, method: ForecastMethod) {
        self.area = area
        self.method = method
    }

    /// Events are read this far outside the area, so kernels and triggering near the edge see them.
    var margin: Double { 1000 }

    func info(chosen: String) throws -> RunInfo {
        let parameters: [String: Any] = [
            "cell": cell, "source": source.rawValue, "grid_srid": 5179, "lookback_days": lookback,
            "horizon_days": horizon, "seed": String(seed), "risk_categories": riskCategories,
            "chosen": chosen,
        ]
        return RunInfo(
            kind: "forecast", method: method.rawValue, source: source.rawValue, classes: classes,
            agency: agency,
            parametersJSON: try RunRecorder.json(parameters),
            valueLabel:
                "forecast score (expected events in the horizon for kde, sepp, rtm; relative otherwise)")
    }
}
