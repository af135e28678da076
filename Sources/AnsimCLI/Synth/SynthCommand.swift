import ArgumentParser

/// `ansim synth`: seeded synthetic data, labelled synthetic.
struct SynthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Generate seeded, labelled synthetic data calibrated to published statistics.",
        discussion: """
            No point-level Korean crime or 112-call records are public, so Ansim generates \
            them: a seeded, documented model calibrated to published aggregate figures \
            (the 2023 자치구 counts of the five major crimes, KNPA and 대검찰청 time-of-day \
            and weekday tables, 112 call volumes and urgency codes). Every record says \
            합성여부 = Y and every run writes a manifest.json that says the data are \
            synthetic. The files use the same columns as a police export, so the ETL loads \
            them like one. docs/SYNTHETIC.md gives each figure and its source.

            EXAMPLES
              ansim synth incidents --seed 42
              ansim synth incidents --seed 42 --fraction 0.1 --encoding cp949 --out /tmp/s42
            """,
        subcommands: [SynthIncidents.self, SynthPeople.self, SynthLinks.self]
    )
}
