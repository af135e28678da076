import AnsimLinks
import Testing

/// Louvain communities recover the generator's planted rings.
@Suite struct PlantedRingTests {
    @Test func communitiesRecoverPlantedRings() {
        let out = LinkSynth.generate(LinkSynth.Config(seed: 42))
        let g = out.graph()
        let simple = SimpleGraph(g)
        // Resolution 5: at γ = 1 the rings merge with their victims' circles (the
        // resolution limit; precision 0.28 at seed 42), at γ = 5 they stand apart.
        let label = simple.louvain(resolution: 5)
        let score = RingRecovery(label: label, rings: out.rings)
        print(
            "planted rings: \(out.rings.count) in \(g.entityCount) entities / \(g.linkCount) links; "
                + "\(Set(label).count) communities, Q(γ=5) = \(simple.modularity(label, resolution: 5)); "
                + "precision \(score.meanPrecision), recall \(score.meanRecall)")
        for (i, r) in score.rings.enumerated() {
            print("  ring \(i + 1): community \(r.community), precision \(r.precision), recall \(r.recall)")
        }
        #expect(score.meanPrecision >= 0.8)
        // About 11 of a ring's 51 members (part of its money side) form a second community.
        #expect(score.meanRecall >= 0.75)
        #expect(Set(score.rings.map(\.community)).count == out.rings.count)  // one community per ring
    }

    @Test func generatorIsDeterministic() {
        let a = LinkSynth.generate(LinkSynth.Config(seed: 7, persons: 300, rings: 2))
        let b = LinkSynth.generate(LinkSynth.Config(seed: 7, persons: 300, rings: 2))
        let c = LinkSynth.generate(LinkSynth.Config(seed: 8, persons: 300, rings: 2))
        #expect(a.entities == b.entities && a.links == b.links && a.rings == b.rings)
        #expect(a.links != c.links)
        #expect(a.synthetic)
    }

    @Test func ringMembersShareDevicesAsResolutionHints() {
        let out = LinkSynth.generate(LinkSynth.Config(seed: 42, persons: 500, rings: 2))
        let g = out.graph()
        let hints = g.resolutionHints()
        let ring = Set(out.rings[0])
        let devices = hints.filter { h in h.shared.contains { g.entities[$0].kind == .device } }
        #expect(devices.contains { ring.contains($0.first) && ring.contains($0.second) })
    }
}
