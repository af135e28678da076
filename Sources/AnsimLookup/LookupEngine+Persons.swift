import Foundation

extension LookupEngine {
    /// Wearers with a fix within R of the scene within ±T: the closest approach (the
    /// nearest such fix, the earliest on a tie), its heading, the number of fixes in the
    /// window, and the last fix taken up to the window's end. Nearest first.
    func monitoredPersons(_ q: LookupQuery, _ out: inout LonLatBatch) -> [Pending<PersonHit>] {
        let window = Int64(q.minutes * 60_000)
        let from = q.time - window
        let to = q.time + window
        // Per wearer hit, its slot in `hits`, through a dense table borrowed from a pool
        // (no hashing of the ~5,000 fixes of a dense circle, no allocation per lookup).
        let fixes = self.fixes  // one copy of the index's array references for the whole lookup
        var hits: [(person: Int32, row: Int32, distance: Double, count: Int, time: Int64)] = []
        hits.reserveCapacity(128)
        var slots = scratch.take(count: fixes.ids.count)
        fixes.forEach(near: q.x, q.y, within: q.radius, from: from, to: to) { row, p, t, d in
            let s = Int(slots[Int(p)])
            if s >= 0 {
                let b = hits[s]
                if d < b.distance || (d == b.distance && t < b.time) {
                    hits[s] = (p, row, d, b.count + 1, t)
                } else {
                    hits[s].count = b.count + 1
                }
            } else {
                slots[Int(p)] = Int32(hits.count)
                hits.append((p, row, d, 1, t))
            }
        }
        for h in hits { slots[Int(h.person)] = -1 }
        scratch.give(slots)
        let ordered = hits.sorted {
            $0.distance < $1.distance || ($0.distance == $1.distance && fixes.ids[Int($0.person)] < fixes.ids[Int($1.person)])
        }
        return ordered.map { b in
            let dense = b.person
            let id = fixes.ids[Int(dense)]
            let closest = Self.fixPoint(fixes, b.row, b.distance, q, &out)
            let last = fixes.lastFix(ofDense: dense, atOrBefore: to).map { row in
                Self.fixPoint(fixes, row, Self.distance(fixes, row, q), q, &out)
            }
            let person = layers.persons[id]
            let count = b.count
            let restrictions = person.map { layers.restrictions[$0.id] ?? Self.restrictions($0.restrictions) }
            return { lonLat in
                PersonHit(
                    personId: id, ref: person?.ref, name: person?.name, tag: person?.tagID,
                    birthYear: person?.birthYear, offenceClass: person?.offenceClass ?? "unknown",
                    orderFrom: person?.orderFrom ?? "", orderTo: person?.orderTo ?? "",
                    restrictions: restrictions,
                    closestApproach: closest(lonLat), lastFix: last?(lonLat), fixesInWindow: count)
            }
        }
    }

    private static func distance(_ fixes: FixIndex, _ row: Int32, _ q: LookupQuery) -> Double {
        let dx = fixes.xs[Int(row)] - q.x
        let dy = fixes.ys[Int(row)] - q.y
        return (dx * dx + dy * dy).squareRoot()
    }

    private static func fixPoint(
        _ fixes: FixIndex, _ row: Int32, _ d: Double, _ q: LookupQuery, _ out: inout LonLatBatch
    ) -> Pending<FixPoint> {
        let i = out.add(fixes.xs[Int(row)], fixes.ys[Int(row)])
        let at = ISOTime.format(fixes.time[Int(row)])
        let heading = fixes.headingAt(row).map { ($0 * 10).rounded() / 10 }
        let dm = (d * 10).rounded() / 10
        return { lonLat in
            FixPoint(at: at, lon: lonLat[i].lon, lat: lonLat[i].lat, distanceM: dm, headingDeg: heading)
        }
    }

    /// A wearer's restrictions (JSON object text) as strings.
    static func restrictions(_ json: String) -> [String: String] {
        guard let data = json.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return object.mapValues { "\($0)" }
    }
}
