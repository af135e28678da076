import Foundation

/// The geofence engine: offenders' GPS fixes in, alerts out — in memory, no database.
///
/// Each fix is checked only against the places its own tag is ordered to keep away
/// from (a dictionary lookup, then a few planar distances in EPSG:5179 metres).
/// Per (tag, place) it keeps a zone — outside, warning, violation — with hysteresis, so
/// one approach raises one alert per level however the fixes jitter at a boundary:
///
/// - outside → warning at ≤ 2 km: a warning; warning → outside only beyond 2.2 km;
/// - → violation at ≤ the order's distance (100 m): a violation; it ends beyond 120 m
///   (back to warning, no new warning);
/// - a gap longer than `staleAfter` ends every approach of the tag;
/// - a fix older than the tag's latest (out of order) never changes the zones; it
///   raises a `late` violation only if it lies inside a violation distance at a time no
///   violation episode covers, and late warnings are dropped (stale news).
///
/// Not thread-safe: one engine per monitor, fed from one task.
public final class GeofenceEngine {
    enum Zone: UInt8 { case outside, warning, violation }

    struct PlaceState {
        var zone = Zone.outside
        var episodes: [ClosedRange<Date>] = []  // violation episodes, most recent last (≤ 8 kept)
    }

    /// The engine's distances and limits.
    public let parameters: GeofenceParameters
    private(set) var places: [GeofencePlace] = []
    private var states: [PlaceState] = []
    private var byTag: [String: [Int]] = [:]
    private var lastFix: [String: Date] = [:]

    /// An engine watching `places`.
    public init(places: [GeofencePlace], parameters: GeofenceParameters = GeofenceParameters()) {
        self.parameters = parameters
        replacePlaces(places)
    }

    /// Tags watched.
    public var tagCount: Int { byTag.count }
    /// Places watched.
    public var placeCount: Int { places.count }

    /// Replaces the watched places (orders added or ended), keeping the zones of places
    /// that stay (same id and tag).
    public func replacePlaces(_ newPlaces: [GeofencePlace]) {
        var old: [String: PlaceState] = [:]
        for (i, p) in places.enumerated() { old["\(p.tag)#\(p.id)"] = states[i] }
        places = newPlaces
        states = newPlaces.map { old["\($0.tag)#\($0.id)"] ?? PlaceState() }
        byTag = [:]
        for (i, p) in newPlaces.enumerated() { byTag[p.tag, default: []].append(i) }
    }

    /// Moves a place (the victim's shared location).
    public func movePlace(id: Int64, x: Double, y: Double) {
        for i in places.indices where places[i].id == id {
            places[i].x = x
            places[i].y = y
        }
    }

    /// Processes one fix and returns the alerts it raises.
    public func process(_ fix: GeofenceFix) -> [GeofenceAlert] {
        guard let indices = byTag[fix.tag] else { return [] }
        var alerts: [GeofenceAlert] = []
        let previous = lastFix[fix.tag]
        let late = previous.map { fix.time < $0 } ?? false
        if !late {
            if let previous, fix.time.timeIntervalSince(previous) > parameters.staleAfter {
                for i in indices { states[i].zone = .outside }
            }
            lastFix[fix.tag] = fix.time
        }
        for i in indices {
            let p = places[i]
            let d = max(
                0, ((fix.x - p.x) * (fix.x - p.x) + (fix.y - p.y) * (fix.y - p.y)).squareRoot() - p.extentM)
            if late {
                if d <= p.violationDistance && !covered(i, fix.time) {
                    record(episodeAt: fix.time, i)
                    alerts.append(alert(.violation, p, fix, d, late: true))
                }
                continue
            }
            step(i, p, fix, d, into: &alerts)
        }
        return alerts
    }

    private func step(
        _ i: Int, _ p: GeofencePlace, _ fix: GeofenceFix, _ d: Double, into alerts: inout [GeofenceAlert]
    ) {
        let w = parameters.warningDistance
        switch states[i].zone {
        case .outside, .warning:
            if d <= p.violationDistance {
                states[i].zone = .violation
                record(episodeAt: fix.time, i)
                alerts.append(alert(.violation, p, fix, d, late: false))
            } else if d <= w {
                if states[i].zone == .outside { alerts.append(alert(.warning, p, fix, d, late: false)) }
                states[i].zone = .warning
            } else if d > w + parameters.warningExitMargin {
                states[i].zone = .outside
            }
        case .violation:
            if d > p.violationDistance + parameters.violationExitMargin {
                states[i].zone = d <= w + parameters.warningExitMargin ? .warning : .outside
            } else if let last = states[i].episodes.indices.last {
                let e = states[i].episodes[last]
                states[i].episodes[last] = e.lowerBound...max(e.upperBound, fix.time)
            }
        }
    }

    private func covered(_ i: Int, _ t: Date) -> Bool {
        let slack = parameters.staleAfter
        return states[i].episodes.contains {
            t >= $0.lowerBound.addingTimeInterval(-slack) && t <= $0.upperBound.addingTimeInterval(slack)
        }
    }

    private func record(episodeAt t: Date, _ i: Int) {
        states[i].episodes.append(t...t)
        if states[i].episodes.count > 8 { states[i].episodes.removeFirst() }
    }

    private func alert(
        _ level: GeofenceAlert.Level, _ p: GeofencePlace, _ fix: GeofenceFix, _ d: Double, late: Bool
    )
        -> GeofenceAlert
    {
        var to = ["victim:\(p.victimRef)", "city_org:\(p.cityOrgID)"]
        if level == .violation {
            if let police = p.policeOrgID { to.append("police_org:\(police)") }
            if let box = p.nearestBox { to.append("box:\(box)") }
        }
        return GeofenceAlert(
            level: level, tag: fix.tag, caseID: p.caseID, caseNo: p.caseNo, placeID: p.id, placeKind: p.kind,
            distanceM: (d * 10).rounded() / 10, fixAt: fix.time, late: late, recipients: to)
    }
}
