import Foundation

/// A direct UTF-8 writer of ``LookupResult``: the same bytes as Foundation's
/// `JSONEncoder` with snake_case keys, `.sortedKeys` and `.withoutEscapingSlashes`
/// (keys written in sorted order by hand, absent optionals left out, doubles as their
/// shortest round-trip text without a trailing `.0`), several times faster on Linux.
/// `LookupJSONTests` checks the bytes against `JSONEncoder`.
struct LookupJSONWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 16_384) { bytes.reserveCapacity(capacity) }

    // MARK: scalars

    @inline(__always) mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func int(_ v: Int) {
        if v < 0 {
            bytes.append(45)
            if v == Int.min {
                bytes.append(contentsOf: String(v).utf8.dropFirst())
                return
            }
        }
        var u = v.magnitude
        var divisor: UInt = 1
        while divisor <= u / 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(48 + UInt8(u / divisor))
            u %= divisor
            divisor /= 10
        }
    }

    mutating func int(_ v: Int64) { int(Int(v)) }

    mutating func double(_ v: Double) {
        if v.isFinite, v == v.rounded(), abs(v) < 1e15, !(v == 0 && v.sign == .minus) {
            int(Int(v))
            return
        }
        let s = v.description
        if s.hasSuffix(".0") {
            bytes.append(contentsOf: s.utf8.dropLast(2))
        } else {
            bytes.append(contentsOf: s.utf8)
        }
    }

    mutating func bool(_ v: Bool) { v ? raw("true") : raw("false") }

    mutating func string(_ s: String) {
        bytes.append(34)
        for c in s.utf8 {
            switch c {
            case 34: raw("\\\"")
            case 92: raw("\\\\")
            case 10: raw("\\n")
            case 13: raw("\\r")
            case 9: raw("\\t")
            case 8: raw("\\b")
            case 12: raw("\\f")
            case 0..<32:
                raw("\\u00")
                bytes.append(Self.hex[Int(c >> 4)])
                bytes.append(Self.hex[Int(c & 15)])
            default: bytes.append(c)
            }
        }
        bytes.append(34)
    }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// `"key":` (keys are plain ASCII, written as given), preceded by a comma unless first.
    @inline(__always) mutating func key(_ k: StaticString, _ first: inout Bool) {
        if !first { bytes.append(44) }
        first = false
        bytes.append(34)
        raw(k)
        bytes.append(34)
        bytes.append(58)
    }

    mutating func array<T>(_ items: [T], _ body: (inout LookupJSONWriter, T) -> Void) {
        bytes.append(91)
        for (i, item) in items.enumerated() {
            if i > 0 { bytes.append(44) }
            body(&self, item)
        }
        bytes.append(93)
    }

    /// An object of string keys (sorted as `JSONEncoder` sorts them: by code point).
    mutating func object<V>(_ dict: [String: V], _ value: (inout LookupJSONWriter, V) -> Void) {
        bytes.append(123)
        let keys = dict.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        for (i, k) in keys.enumerated() {
            if i > 0 { bytes.append(44) }
            string(k)
            bytes.append(58)
            value(&self, dict[k]!)
        }
        bytes.append(125)
    }

    // MARK: the result

    mutating func write(_ r: LookupResult) {
        var f = true
        raw("{")
        key("cameras", &f); array(r.cameras) { $0.write($1) }
        if let e = r.escapeRoutes { key("escape_routes", &f); write(e) }
        key("guidance", &f); write(r.guidance)
        key("monitored_persons", &f); array(r.monitoredPersons) { $0.write($1) }
        key("past_incidents", &f); write(r.pastIncidents)
        key("registered_offenders", &f); array(r.registeredOffenders) { $0.write($1) }
        key("registered_offenders_total", &f); int(r.registeredOffendersTotal)
        key("scene", &f); write(r.scene)
        key("synthetic", &f); bool(r.synthetic)
        raw("}")
    }

    mutating func write(_ s: LookupScene) {
        var f = true
        raw("{")
        if let a = s.address {
            key("address", &f)
            var g = true
            raw("{")
            key("interpolated", &g); bool(a.interpolated)
            key("matched", &g); string(a.matched)
            key("precision", &g); string(a.precision)
            key("query", &g); string(a.query)
            raw("}")
        }
        key("code", &f); int(s.code)
        key("incident_class", &f); string(s.incidentClass)
        key("lat", &f); double(s.lat)
        key("limit", &f); int(s.limit)
        key("lon", &f); double(s.lon)
        key("minutes", &f); double(s.minutes)
        key("radius_m", &f); double(s.radiusM)
        key("time", &f); string(s.time)
        key("x", &f); double(s.x)
        key("y", &f); double(s.y)
        raw("}")
    }

    mutating func write(_ p: FixPoint) {
        var f = true
        raw("{")
        key("at", &f); string(p.at)
        key("distance_m", &f); double(p.distanceM)
        if let h = p.headingDeg { key("heading_deg", &f); double(h) }
        key("lat", &f); double(p.lat)
        key("lon", &f); double(p.lon)
        raw("}")
    }

    mutating func write(_ p: PersonHit) {
        var f = true
        raw("{")
        if let v = p.birthYear { key("birth_year", &f); int(v) }
        key("closest_approach", &f); write(p.closestApproach)
        key("fixes_in_window", &f); int(p.fixesInWindow)
        if let v = p.lastFix { key("last_fix", &f); write(v) }
        if let v = p.name { key("name", &f); string(v) }
        key("offence_class", &f); string(p.offenceClass)
        key("order_from", &f); string(p.orderFrom)
        key("order_to", &f); string(p.orderTo)
        if let v = p.personId { key("person_id", &f); int(v) }
        if let v = p.ref { key("ref", &f); string(v) }
        if let v = p.restrictions { key("restrictions", &f); object(v) { $0.string($1) } }
        if let v = p.tag { key("tag", &f); string(v) }
        raw("}")
    }

    mutating func write(_ o: OffenderHit) {
        var f = true
        raw("{")
        if let v = o.address { key("address", &f); string(v) }
        if let v = o.birthYear { key("birth_year", &f); int(v) }
        key("distance_m", &f); double(o.distanceM)
        if let v = o.lat { key("lat", &f); double(v) }
        if let v = o.lon { key("lon", &f); double(v) }
        if let v = o.name { key("name", &f); string(v) }
        key("offence_class", &f); string(o.offenceClass)
        if let v = o.offenderId { key("offender_id", &f); int(v) }
        if let v = o.ref { key("ref", &f); string(v) }
        if let v = o.releasedOn { key("released_on", &f); string(v) }
        key("relevance", &f); double(o.relevance)
        key("score", &f); double(o.score)
        raw("}")
    }

    mutating func write(_ c: CameraHit) {
        var f = true
        raw("{")
        key("camera_count", &f); int(c.cameraCount)
        if let v = c.directionDeg { key("direction_deg", &f); double(v) }
        key("distance_m", &f); double(c.distanceM)
        key("id", &f); int(c.id)
        key("lat", &f); double(c.lat)
        key("lon", &f); double(c.lon)
        key("omnidirectional", &f); bool(c.omnidirectional)
        if let v = c.purpose { key("purpose", &f); string(v) }
        key("range_m", &f); double(c.rangeM)
        raw("}")
    }

    mutating func write(_ e: EscapeRoutes) {
        var f = true
        raw("{")
        if let v = e.car { key("car", &f); write(v) }
        if let v = e.foot { key("foot", &f); write(v) }
        key("graph", &f); string(e.graph)
        raw("}")
    }

    mutating func write(_ m: ModeReach) {
        var f = true
        raw("{")
        key("bands", &f); array(m.bands) { $0.write($1) }
        key("camera_count", &f); int(m.cameraCount)
        key("cameras", &f)
        array(m.cameras) { w, c in
            var f = true
            w.raw("{")
            w.key("id", &f); w.int(c.id)
            w.key("lat", &f); w.double(c.lat)
            w.key("lon", &f); w.double(c.lon)
            w.key("minutes", &f); w.int(c.minutes)
            w.key("seconds", &f); w.double(c.seconds)
            w.raw("}")
        }
        key("snapped_m", &f); double(m.snappedM)
        raw("}")
    }

    mutating func write(_ b: ReachBand) {
        var f = true
        raw("{")
        key("exit_count", &f); int(b.exitCount)
        key("exits", &f)
        array(b.exits) { w, x in
            var f = true
            w.raw("{")
            w.key("edge", &f); w.int(x.edge)
            w.key("lat", &f); w.double(x.lat)
            w.key("lon", &f); w.double(x.lon)
            w.raw("}")
        }
        key("minutes", &f); int(b.minutes)
        key("road_m", &f); double(b.roadM)
        key("vertices", &f); int(b.vertices)
        raw("}")
    }

    mutating func write(_ h: History) {
        var f = true
        raw("{")
        key("calls", &f); write(h.calls)
        key("days", &f); int(h.days)
        key("incidents", &f); write(h.incidents)
        key("radius_m", &f); double(h.radiusM)
        raw("}")
    }

    mutating func write(_ c: ClassCounts) {
        var f = true
        raw("{")
        key("by_class", &f); object(c.byClass) { $0.int($1) }
        key("total", &f); int(c.total)
        raw("}")
    }

    mutating func write(_ g: Guidance) {
        var f = true
        raw("{")
        key("responders", &f)
        array(g.responders) { w, r in
            var f = true
            w.raw("{")
            w.key("distance_m", &f); w.double(r.distanceM)
            if let v = r.etaS { w.key("eta_s", &f); w.double(v) }
            w.key("id", &f); w.int(r.id)
            w.key("kind", &f); w.string(r.kind)
            w.key("lat", &f); w.double(r.lat)
            w.key("lon", &f); w.double(r.lon)
            w.key("name", &f); w.string(r.name)
            w.raw("}")
        }
        key("steps", &f); array(g.steps) { $0.string($1) }
        raw("}")
    }
}
