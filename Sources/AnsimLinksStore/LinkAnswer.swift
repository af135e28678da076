import AnsimLinks

/// The answer to a ``LinkQuery`` as JSON: only the parts the query fills are present.
/// ``subjects`` (every reference returned) goes to the audit trail, not to the JSON.
public struct LinkAnswer: Sendable, Encodable {
    public struct Entity: Sendable, Encodable, Equatable {
        public var ref: String
        public var kind: String
        public var label: String
        public var lon: Double?
        public var lat: Double?
        public var hops: Int?
    }
    public struct Edge: Sendable, Encodable, Equatable {
        public var source: String
        public var target: String
        public var kind: String
        public var at: String
        public var amountKRW: Int64?
        enum CodingKeys: String, CodingKey { case source, target, kind, at, amountKRW = "amount_krw" }
    }
    public struct Group: Sendable, Encodable, Equatable {
        public var size: Int
        public var members: [String]
    }
    public struct Ranked: Sendable, Encodable, Equatable {
        public var ref: String
        public var kind: String
        public var score: Double
    }
    public struct Stop: Sendable, Encodable, Equatable {
        public var ref: String
        /// Forward: the earliest arrival; backward: the latest departure (absent at the start).
        public var at: String?
        public var hops: Int
        public var amountKRW: Int64
        enum CodingKeys: String, CodingKey { case ref, at, hops, amountKRW = "amount_krw" }
    }
    public struct Hint: Sendable, Encodable, Equatable {
        public var first: String
        public var second: String
        public var shared: [String]
    }
    public struct Recovery: Sendable, Encodable, Equatable {
        public var rings: Int
        public var precision: Double
        public var recall: Double
    }

    public var query: String
    public var synthetic: Bool
    public var count: Int?
    public var entities: [Entity]?
    public var links: [Edge]?
    /// Paths as references; `pathLinks[k]` are the links along `paths[k]`'s steps.
    public var paths: [[String]]?
    public var pathLinks: [[[Edge]]]?
    public var groups: [Group]?
    public var modularity: Double?
    public var recovery: Recovery?
    public var ranked: [Ranked]?
    public var stops: [Stop]?
    public var hints: [Hint]?
    /// Every reference returned: the data subjects of the audit record.
    public var subjects: [String] = []
    /// Entity and link indexes of a subgraph answer (for the exports).
    public var entityIndexes: [Int] = []
    public var linkIndexes: [Int] = []

    enum CodingKeys: String, CodingKey {
        case query, synthetic, count, entities, links, paths, groups, modularity, recovery, ranked, stops, hints
        case pathLinks = "path_links"
    }

    init(query: String, synthetic: Bool) {
        self.query = query
        self.synthetic = synthetic
    }
}
