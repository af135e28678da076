/// What ``LinkSynth`` made: entities, links and the truth (planted rings' member
/// entities and their victims, as entity indexes).
public struct LinkSynthOutput: Sendable {
    public var config: LinkSynth.Config
    public var entities: [LinkEntity]
    public var links: [Link]
    /// Members of each planted ring: its persons, burner and personal phones, mule and
    /// cash-out accounts, shared devices and call-centre address.
    public var rings: [[Int]]
    /// The background persons each ring defrauded.
    public var victims: [[Int]]

    /// The graph.
    public func graph() -> LinkGraph { LinkGraph(entities: entities, links: links) }

    /// Always true: the generator's output is synthetic.
    public var synthetic: Bool { true }
}
