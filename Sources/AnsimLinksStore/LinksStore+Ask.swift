import AnsimLinks
import AnsimStore

extension LinksStore {
    /// Answers `query` on `graph` and appends its audit record on `c` (in the caller's
    /// transaction, as `role`): action = the query and every reference returned,
    /// subject = `subject` (a case number) or the query's named entity. Communities
    /// are scored against the planted rings when a synthetic graph is loaded.
    public static func ask(
        _ query: LinkQuery, graph: LoadedLinkGraph, subject: String?, purpose: String, role: String, on c: Connection
    ) throws -> LinkAnswer {
        var rings: [[Int]] = []
        if case .communities = query, graph.synthetic { rings = try plantedRings(graph, on: c) }
        let answer = try graph.answer(query, rings: rings)
        try audit(
            action: auditAction(query, answer), subject: subject ?? defaultSubject(query), purpose: purpose, role: role,
            on: c)
        return answer
    }

    /// "links <query>: <n> returned: ref,ref,…".
    public static func auditAction(_ query: LinkQuery, _ answer: LinkAnswer) -> String {
        "links \(query.description): \(answer.subjects.count) returned: "
            + (answer.subjects.isEmpty ? "none" : answer.subjects.joined(separator: ","))
    }

    /// The entity the query names, or `links`.
    static func defaultSubject(_ query: LinkQuery) -> String {
        switch query {
        case .neighbours(let ref, _, _, _), .flow(let ref, _, _, _, _): ref
        case .path(let a, let b, _, _, _): a + " " + b
        case .resolve(let ref, _, _): ref ?? "links"
        default: "links"
        }
    }
}
