import AnsimServer
import Foundation
import Hummingbird

extension MediaRoutes {
    /// A takedown update.
    struct Takedown: Decodable, Sendable {
        var status: String
        var note: String?
    }

    /// A list of matches.
    struct MatchList: Encodable, Sendable {
        var matches: [MediaStore.Match]
    }

    func registerMatches(on r: RouteRegistry) {
        Self.add(
            r,
            RouteSpec(
                .get, "/media/matches", summary: "List re-upload matches", tag: "media", roles: Self.roles,
                response: "MediaMatchList",
                query: [
                    ("status", "takedown status: none, requested, acknowledged, deleted, refused"),
                    ("limit", "at most this many, newest first (default 100, at most 10000)"),
                ])
        ) { request, context, p in
            let status = request.uri.queryParameters.get("status")
            if let status, MediaStore.TakedownStatus(rawValue: status) == nil {
                throw HTTPError(
                    .badRequest,
                    message: "status must be one of none, requested, acknowledged, deleted, refused")
            }
            let limit = request.uri.queryParameters.get("limit", as: Int.self) ?? 100
            guard (1...10_000).contains(limit) else {
                throw HTTPError(.badRequest, message: "limit must be 1…10000")
            }
            let list = try await server.database.withScope(
                p!, client: context.clientAddress, purpose: "list matches"
            ) {
                c in try MediaStore.matches(status: status, limit: limit, on: c)
            }
            return try MediaJSON.response(MatchList(matches: list))
        }
        Self.add(
            r,
            RouteSpec(
                .post, "/media/matches/{id}/takedown",
                summary: "Move a match's takedown request (requested, acknowledged, deleted, refused)",
                tag: "media", roles: Self.roles, request: "MediaTakedown", response: "MediaMatch")
        ) { request, context, p in
            guard let id = Int64(try context.parameters.require("id")) else {
                throw HTTPError(.badRequest, message: "the match id must be an integer")
            }
            let body = try MediaJSON.decode(
                Takedown.self, from: try await Self.body(request), what: "the takedown")
            guard let status = MediaStore.TakedownStatus(rawValue: body.status), status != .none else {
                throw HTTPError(
                    .badRequest, message: "status must be requested, acknowledged, deleted or refused")
            }
            let at = server.clock.now()
            do {
                let match = try await server.database.withScope(
                    p!, client: context.clientAddress, purpose: "takedown \(status.rawValue)"
                ) { c in try MediaStore.takedown(match: id, to: status, at: at, note: body.note, on: c) }
                return try MediaJSON.response(match)
            } catch MediaStore.TakedownError.noMatch {
                throw HTTPError(.notFound, message: "no match \(id)")
            } catch MediaStore.TakedownError.badTransition(let from, let to) {
                throw HTTPError(
                    .conflict, message: "match \(id) is \(from.rawValue): cannot move to \(to.rawValue)")
            }
        }
        Self.add(
            r,
            RouteSpec(
                .get, "/media/metrics", summary: "Re-upload detection figures", tag: "media",
                roles: Self.roles,
                response: "MediaMetrics")
        ) { _, context, p in
            let metrics = try await server.database.withScope(
                p!, client: context.clientAddress, purpose: "media metrics"
            ) {
                c in try MediaStore.metrics(on: c)
            }
            return try MediaJSON.response(metrics)
        }
    }
}
