import AnsimGeo
import AnsimLookup
import Foundation
import Hummingbird

/// The body of `POST /lookup`.
struct LookupRequest: Decodable {
    var lon: Double?
    var lat: Double?
    var x: Double?
    var y: Double?
    /// The scene as a Korean address (도로명 or 지번), geocoded offline, instead of coordinates.
    var address: String?
    var time: String?
    var code: Int
    var incidentClass: String?
    var radius: Double?
    var minutes: Double?
    var incident: String?
    var reach: Bool?
    var limit: Int?
    /// Usernames of the officers dispatched (they may follow /incidents/{incident}/events).
    var dispatch: [String]?

    enum CodingKeys: String, CodingKey {
        case lon, lat, x, y, address, time, code, radius, minutes, incident, reach, dispatch, limit
        case incidentClass = "incident_class"
    }

    /// The validated query, or a 400 saying what is wrong; `located` is the scene's
    /// point when it was given as an address.
    func query(now: Int64, located: (x: Double, y: Double)? = nil) throws -> LookupQuery {
        let point: (x: Double, y: Double)
        if address != nil, x != nil || y != nil || lon != nil || lat != nil {
            throw HTTPError(.badRequest, message: "give the scene once: address, or lon and lat, or x and y")
        }
        if let located {
            point = located
        } else if let x, let y {
            point = (x, y)
        } else if let lon, let lat {
            guard abs(lon) <= 180, abs(lat) <= 90 else { throw HTTPError(.badRequest, message: "lon/lat out of range") }
            point = try CoordinateTransform(from: .wgs84, to: .utmK).transform(x: lon, y: lat)
        } else {
            throw HTTPError(.badRequest, message: "give the scene as lon and lat, or x and y (EPSG:5179)")
        }
        var t = now
        if let time {
            guard let parsed = ISOTime.parse(time) else {
                throw HTTPError(.badRequest, message: "time is not ISO 8601 with a zone")
            }
            t = parsed
        }
        if let incident, !(1...64).contains(incident.count) || incident.contains("/") {
            throw HTTPError(.badRequest, message: "incident must be 1 … 64 characters without '/'")
        }
        var q = LookupQuery(
            x: point.x, y: point.y, time: t, code: code, incidentClass: incidentClass ?? "기타",
            radius: radius ?? LookupQuery.defaultRadius, minutes: minutes ?? LookupQuery.defaultMinutes,
            includeReach: reach ?? true)
        q.limit = limit ?? LookupQuery.defaultLimit
        do { try q.validate(now: now) } catch let e as LookupError {
            throw HTTPError(.badRequest, message: e.description)
        }
        return q
    }
}
