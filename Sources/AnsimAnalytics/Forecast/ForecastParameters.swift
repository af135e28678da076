/// What a forecast chose, for `ansim forecast --json` and the backtest report: the
/// settings of each method that ran and how they scored in the inner backtest.
public struct ForecastParameters: Codable, Sendable, Equatable {
    public var method: ForecastMethod?
    /// Start of the forecast period (the end of the training events), ISO 8601.
    public var origin: String?
    public var horizonDays: Double?
    /// The coverage the parameters were tuned for.
    public var coverage: Double?
    public var seed: UInt64?
    public var trainingEvents: Int?
    /// Origins of the inner rolling-origin folds (all inside the training period).
    public var innerFolds: [String]?
    /// Mean inner-fold PAI at `coverage` of each method's chosen settings.
    public var innerPAI: [String: Double]?
    public var kde: KDEForecast.Parameters?
    public var sepp: SEPPParameters?
    public var nearRepeat: NearRepeatForecast.Parameters?
    public var rtm: RiskTerrainModel?
    public var ensemble: EnsembleWeights?

    public init() {}

    /// `other`'s method-specific fields added to these.
    mutating func merge(_ other: ForecastParameters) {
        kde = other.kde ?? kde
        sepp = other.sepp ?? sepp
        nearRepeat = other.nearRepeat ?? nearRepeat
        rtm = other.rtm ?? rtm
        ensemble = other.ensemble ?? ensemble
        if let pai = other.innerPAI { innerPAI = (innerPAI ?? [:]).merging(pai) { $1 } }
    }
}
