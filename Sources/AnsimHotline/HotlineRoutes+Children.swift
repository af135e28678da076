import AnsimGeo
import AnsimServer
import AnsimStore
import AnsimSupport
import Foundation
import Hummingbird

extension HotlineRoutes {
    struct Created: Encodable { var id: Int64 }
    struct Location: Decodable {
        var x, y, lon, lat: Double?
    }
    struct Fixes: Decodable { var fixes: [GeofenceFix] }
    struct FixResult: Encodable { var processed: Int; var alerts: [GeofenceAlert] }
    struct Alerts: Encodable { var alerts: [AlertView] }

    func registerChildren(on r: RouteRegistry) {
        let store = self.store
        let server = self.server
        let monitor = self.monitor
        r.add(
            RouteSpec(
                .post, "/hotline/cases/{id}/orders", summary: "Add a protective order", tag: "hotline",
                roles: [.policeLiaison, .supervisor], request: "Order", response: "Created"
            ).documenting(201)
        ) { request, context, p in
            let id = try Self.caseID(context)
            let body = try await JSONBody.decode(HotlineRequest.Order.self, from: request)
            let user = p!.username
            let new = try await server.database.withScope(
                p!, client: context.clientAddress, purpose: "add an order"
            ) {
                try store.addOrder(id, body, by: user, on: $0)
            }
            guard let new else { throw Self.notFound(id) }
            try? await monitor?.reload()
            return try JSONBody.response(Created(id: new), status: .created)
        }
        r.add(
            RouteSpec(
                .post, "/hotline/cases/{id}/places", summary: "Add a protected place", tag: "hotline",
                roles: AppRole.caseRoles, request: "Place", response: "Created"
            ).documenting(201)
        ) { request, context, p in
            let id = try Self.caseID(context)
            let body = try await JSONBody.decode(HotlineRequest.Place.self, from: request)
            let new = try await server.database.withScope(
                p!, client: context.clientAddress, purpose: "add a protected place"
            ) {
                try store.addPlace(id, body, on: $0)
            }
            guard let new else { throw Self.notFound(id) }
            try? await monitor?.reload()
            return try JSONBody.response(Created(id: new), status: .created)
        }
        r.add(
            RouteSpec(
                .post, "/hotline/cases/{id}/victim-location", summary: "Share the victim's current location",
                tag: "hotline", roles: AppRole.caseRoles, request: "Location", response: "Created")
        ) { request, context, p in
            let id = try Self.caseID(context)
            let body = try await JSONBody.decode(Location.self, from: request)
            let place = try await server.database.withScope(
                p!, client: context.clientAddress, purpose: "share the victim's location"
            ) { c -> (id: Int64, new: Bool, x: Double, y: Double)? in
                var (x, y) = (body.x, body.y)
                if x == nil, let lon = body.lon, let lat = body.lat {
                    let t = try CoordinateTransform(from: .wgs84, to: .utmK).transform(x: lon, y: lat)
                    (x, y) = (t.x, t.y)
                }
                guard let x, let y else {
                    throw AnsimError("a location needs x/y (EPSG:5179) or lon/lat (WGS84)")
                }
                return try store.setVictimLocation(id, x: x, y: y, on: c).map { ($0.id, $0.new, x, y) }
            }
            guard let place else { throw Self.notFound(id) }
            if place.new {
                try? await monitor?.reload()
            } else {
                await monitor?.movePlace(id: place.id, x: place.x, y: place.y)
            }
            return try JSONBody.response(Created(id: place.id))
        }
        r.add(
            RouteSpec(
                .post, "/hotline/cases/{id}/support", summary: "Record support given", tag: "hotline",
                roles: [.hotlineWorker, .supervisor], request: "Support", response: "Created"
            ).documenting(201)
        ) { request, context, p in
            let id = try Self.caseID(context)
            let body = try await JSONBody.decode(HotlineRequest.Support.self, from: request)
            let user = p!.username
            let new = try await server.database.withScope(
                p!, client: context.clientAddress, purpose: "record support"
            ) {
                try store.addSupport(id, body, by: user, on: $0)
            }
            guard let new else { throw Self.notFound(id) }
            return try JSONBody.response(Created(id: new), status: .created)
        }
        r.add(
            RouteSpec(
                .get, "/hotline/alerts", summary: "List geofence alerts", tag: "hotline",
                roles: AppRole.caseRoles,
                response: "Alerts", query: [("case", "only this case id")])
        ) { request, context, p in
            let caseID = request.uri.queryParameters.get("case").flatMap { Int64($0) }
            let alerts = try await server.database.withScope(
                p!, client: context.clientAddress, purpose: "list alerts"
            ) {
                try store.alerts(caseID: caseID, on: $0)
            }
            return try JSONBody.response(Alerts(alerts: alerts))
        }
        r.add(
            RouteSpec(
                .post, "/hotline/fixes", summary: "Submit offenders' GPS fixes", tag: "hotline",
                roles: [.policeLiaison, .supervisor], request: "Fixes", response: "FixResult")
        ) { request, _, _ in
            guard let monitor else {
                throw HTTPError(.serviceUnavailable, message: "the geofence monitor is not running")
            }
            let body = try await JSONBody.decode(Fixes.self, from: request)
            let alerts = try await monitor.ingest(body.fixes)
            return try JSONBody.response(FixResult(processed: body.fixes.count, alerts: alerts))
        }
    }
}
