import ArgumentParser

/// `ansim grooming`: grooming-conversation risk scoring (docs/GROOMING.md).
struct GroomingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grooming",
        abstract: "Score chat conversations for grooming (transparent lexicon + stage model).",
        discussion: """
            Each message is normalised (Korean first: NFKC, spelled-out jamo, 초성 \
            abbreviations, spaced-out letters, leet digits) and matched against a documented \
            lexicon per grooming stage (rapport, secrecy, gifts, sexual, image requests, meet \
            requests, age signals). A conversation's risk grows with the stages present, \
            their progression in the typical order and age signals; it decays with time. \
            The counsellors' alert queue is served by `ansim serve` (/v1/grooming/alerts).

            EXAMPLES
              ansim grooming score data/grooming/example-conversations.ndjson
              ansim grooming score chats.csv --json
              ansim grooming evaluate --seed 11
            """,
        subcommands: [GroomingScoreCommand.self, GroomingEvaluateCommand.self, GroomingSynthCommand.self])
}
