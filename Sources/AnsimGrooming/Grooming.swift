/// Grooming-conversation risk scoring (issue 11): a transparent scorer.
///
/// A message is normalised (``GroomingNormalizer``), matched against a documented
/// lexicon of patterns per grooming stage (``GroomingLexicon``), and scored
/// (``MessageScore``). A conversation is a stream: ``ConversationState`` keeps each
/// stage's activation with decay over time, notices when stages progress in the
/// typical order, and gives a risk in 0…1 with an explanation (``ConversationRisk``).
///
/// The stage model follows O'Connell (2003), *A typology of child cybersexploitation and
/// online grooming practices* (friendship forming, relationship forming, risk
/// assessment, exclusivity, sexual stage), and the refinement of Black et al. (2015) and
/// Lorenzo-Dus, Izura & Pérez-Tattam (2016), who found the stages interleave rather than
/// follow strictly; see docs/GROOMING.md. Everything is deterministic: the same
/// messages in the same order give the same scores.
public enum Grooming {
    /// The version of the lexicon and weights; stored with every score.
    public static let modelVersion = "grooming-lexicon-1"
    /// Conversation risk at or above which a counsellor alert is raised (chosen on the
    /// development split of the synthetic set, docs/GROOMING.md).
    public static let alertThreshold = 0.5
}
