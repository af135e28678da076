import AnsimStore
import Foundation

/// A query needed a shard that cannot be reached: names the shard, its host and the
/// agencies whose events it holds, with PostgreSQL's own error kept underneath.
///
/// Prints as one line, e.g. `agency gyeonggi_nambu is unavailable: its shard shard_b
/// (/…/shard_b/run) cannot be reached (could not connect to server "shard_b" …);
/// queries for other agencies still work`.
public struct ShardUnavailable: Error, CustomStringConvertible, Sendable, Equatable {
    /// The foreign server's name.
    public var shard: String
    /// Where the shard was expected (socket folder or host name), when known.
    public var host: String?
    /// The agencies the shard holds (those the query asked for first, when it named one).
    public var agencies: [String]
    /// The agency the query was for; nil for a cross-agency query.
    public var requestedAgency: String?
    /// What libpq/postgres_fdw said.
    public var underlying: StoreError

    public init(
        shard: String, host: String?, agencies: [String], requestedAgency: String?, underlying: StoreError
    ) {
        self.shard = shard
        self.host = host
        self.agencies = agencies
        self.requestedAgency = requestedAgency
        self.underlying = underlying
    }

    public var description: String {
        let place = host.map { "\(shard) (\($0))" } ?? shard
        let cause = underlying.detail.map { "\(underlying.message): \($0)" } ?? underlying.message
        if let requestedAgency {
            return oneLine(
                "agency \(requestedAgency) is unavailable: its shard \(place) cannot be reached (\(cause)); "
                    + "queries for other agencies still work")
        }
        let held = agencies.isEmpty ? "" : " holding agency \(agencies.joined(separator: ", "))"
        return oneLine(
            "shard \(place)\(held) cannot be reached (\(cause)); a cross-agency query needs every shard — "
                + "query the other agencies by name, or start the shard")
    }

    /// Collapses newlines and runs of blanks (libpq's messages span lines).
    private func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isNewline || $0 == "\t" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}
