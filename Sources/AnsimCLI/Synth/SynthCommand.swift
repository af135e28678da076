import ArgumentParser

/// `ansim synth`: seeded synthetic data, labelled synthetic (written by the synth work).
struct SynthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Generate seeded, labelled synthetic data calibrated to published statistics.",
        subcommands: []
    )
}
