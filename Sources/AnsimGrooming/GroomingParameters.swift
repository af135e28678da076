/// The conversation model's constants, in one place (docs/GROOMING.md explains each).
public struct GroomingParameters: Sendable, Equatable {
    /// Half-life of a stage's activation, hours. Grooming runs over days to weeks
    /// (O'Connell 2003; Black et al. 2015 saw it within single sessions too): three days
    /// keeps a multi-day progression while stale signals fade.
    public var halfLifeHours: Double = 72
    /// Activation at which a stage counts as present for combinations and the sequence.
    public var presentAt: Double = 0.35
    /// Added per present high stage (secrecy, gifts, sexual, image, meet) beyond the first.
    public var combinationStep: Double = 0.07
    /// Added, times the order consistency, when three or more stage positions are present.
    public var progressionBonus: Double = 0.2
    /// Added when an age signal is present with sexual talk, image or meet requests.
    public var ageBonus: Double = 0.15
    /// Added when one counterpart message both offers something and asks for images or a
    /// meeting (an exchange, the conduct of 아청법 제15조의2).
    public var exchangeBonus: Double = 0.1
    /// Cap of all the bonuses together.
    public var bonusCap: Double = 0.6
    /// Risk at which an alert is raised.
    public var threshold: Double = Grooming.alertThreshold

    /// The shipped values.
    public init() {}

    /// The stages whose combination escalates.
    static let highStages: [GroomingStage] = [.secrecy, .gifts, .sexual, .imageRequest, .meetRequest]
}
