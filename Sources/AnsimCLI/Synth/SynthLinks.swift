import AnsimLinks
import AnsimLinksStore
import AnsimStore
import ArgumentParser
import Foundation

/// `ansim synth links`: the seeded voice-phishing link graph, labelled synthetic.
struct SynthLinks: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "Load a synthetic link graph with planted voice-phishing rings (labelled synthetic).",
        discussion: """
            Runs the generator of docs/LINKS.md (background people in social circles, \
            planted rings of organisers, callers on burner phones, couriers and mule \
            accounts) and loads it into link_entity and link (synthetic = true) through \
            binary COPY, replacing any earlier synthetic graph; loaded exports are kept. \
            The planted rings' members and victims go to link_ring_member: \
            `ansim links communities` scores its communities against them.

            EXAMPLES
              ansim synth links --seed 42
              ansim synth links --seed 7 --persons 220000 --rings 20
            """)
    @Option(help: "Seed of the generator.") var seed: UInt64
    @Option(help: "Background persons.") var persons = 2_000
    @Option(help: "Planted rings.") var rings = 8

    func validate() throws {
        guard (10...5_000_000).contains(persons) else { throw ValidationError("--persons must be 10 … 5,000,000") }
        guard (0...1_000).contains(rings) else { throw ValidationError("--rings must be 0 … 1000") }
    }

    func run() throws {
        let started = Date()
        let output = LinkSynth.generate(LinkSynth.Config(seed: seed, persons: persons, rings: rings))
        let generated = Date().timeIntervalSince(started)
        let load = try LinksStore.replaceSynthetic(output, on: try Database.connect())
        print(
            "links: \(load.entities) entities, \(load.links) links, \(output.rings.count) planted rings "
                + "(\(load.ringMembers) members and victims recorded) — synthetic, seed \(seed); "
                + String(format: "generated in %.2f s, loaded in %.2f s", generated, Date().timeIntervalSince(started) - generated)
                + (load.removed > 0 ? "; replaced \(load.removed) earlier synthetic entities" : ""))
    }
}
