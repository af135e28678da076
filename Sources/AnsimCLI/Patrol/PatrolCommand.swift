import ArgumentParser

/// `ansim patrol`: patrol planning.
struct PatrolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patrol",
        abstract: "Patrol planning: team-orienteering routes from the police box.",
        subcommands: [PatrolPlanCommand.self, PatrolTop.self]
    )
}
