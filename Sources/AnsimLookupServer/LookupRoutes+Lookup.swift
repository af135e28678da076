import AnsimLookup
import AnsimLookupStore
import AnsimServer
import Foundation
import Hummingbird

extension LookupRoutes {
    func registerLookup(on r: RouteRegistry) {
        r.add(
            RouteSpec(
                .post, "/lookup", summary: "Look up a 112 call's scene", tag: "lookup", roles: Self.lookupRoles,
                request: "LookupRequest", response: "LookupResult"
            ).documenting(422, 503)
        ) { request, context, principal in
            let principal = principal!
            let body = try await JSONBody.decode(LookupRequest.self, from: request)
            var located: (x: Double, y: Double, address: LookupSceneAddress)?
            if let address = body.address {
                guard (1...200).contains(address.count) else {
                    throw HTTPError(.badRequest, message: "address must be 1 … 200 characters")
                }
                do { located = try store.locate(address: address) } catch let e as LookupAddressError {
                    throw HTTPError(e == .noAddressMap ? .serviceUnavailable : .unprocessableContent, message: e.description)
                }
            }
            let query = try body.query(now: now(), located: located.map { ($0.x, $0.y) })
            if body.dispatch != nil, principal.role != .dispatcher {
                throw HTTPError(.forbidden, message: "only a dispatcher may dispatch officers")
            }
            if body.dispatch != nil, body.incident == nil {
                throw HTTPError(.badRequest, message: "dispatch needs the incident's number (incident)")
            }
            var result = try store.engine.lookup(query)
            result.scene.address = located?.address
            let shown = principal.role == .analyst ? result.redactedForAnalyst() : result
            // The audit record is queued, not awaited: written within milliseconds by the
            // queue's writer in one transaction with the others queued (LookupAuditQueue).
            audit.enqueue(
                .init(
                    username: principal.username, orgID: principal.orgID, role: principal.role.databaseRole,
                    client: context.clientAddress, purpose: "incident lookup",
                    action: LookupAudit.action(shown, query: query), subject: LookupAudit.subject(incident: body.incident)))
            let data = LookupJSON.bytes(shown)
            if let incident = body.incident, let dispatch = body.dispatch {
                channels.publish(incident: incident, query: query, dispatched: dispatch, json: LookupJSON.encode(result))
            }
            return Self.json(bytes: data)
        }
    }

    func registerFixes(on r: RouteRegistry) {
        r.add(
            RouteSpec(
                .post, "/fixes", summary: "Send GPS fixes of wearers (NDJSON)", tag: "lookup", roles: [.admin],
                response: "FixIngestResult"
            ).documenting(413)
        ) { request, context, principal in
            let principal = principal!
            let buffer: ByteBuffer
            do {
                buffer = try await request.body.collect(upTo: 64 << 20)
            } catch {
                throw HTTPError(.contentTooLarge, message: "at most 64 MiB of fixes per request")
            }
            let text = String(decoding: buffer.readableBytesView, as: UTF8.self)
            let engine = store.engine
            let parsed = try FixIngest.parse(Substring(text), person: { engine.person(tag: $0) }, now: now())
            if parsed.fixes.isEmpty && !parsed.rejected.isEmpty {
                throw HTTPError(
                    .badRequest,
                    message: "no valid fix: line \(parsed.rejected[0].line): \(parsed.rejected[0].reason)")
            }
            let inserted = try await server.database.withScope(
                principal, client: context.clientAddress, purpose: "gps fix ingestion"
            ) { c in try FixIngest.insert(parsed, on: c) }
            engine.insert(fixes: inserted)
            for (incident, query) in channels.incidentsNear(inserted) {
                if let result = try? engine.lookup(query) {
                    channels.update(incident, json: LookupJSON.encode(result))
                }
            }
            let answer = FixIngestResult(
                received: parsed.fixes.count + parsed.rejected.count, inserted: inserted.count,
                duplicates: parsed.fixes.count - inserted.count,
                rejected: parsed.rejected.map { .init(line: $0.line, reason: $0.reason) })
            return Self.json(try LookupJSON.encode(answer))
        }
    }
}

/// The answer of `POST /fixes`.
struct FixIngestResult: Encodable {
    struct Rejected: Encodable {
        var line: Int
        var reason: String
    }
    var received: Int
    var inserted: Int
    var duplicates: Int
    var rejected: [Rejected]
}
