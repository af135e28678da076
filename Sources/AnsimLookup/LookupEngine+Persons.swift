import Foundation

extension LookupEngine {
    /// Wearers with a fix within R of the scene within ±T: the closest approach (the
    /// nearest such fix, the earliest on a tie), its heading, the number of fixes in the
    /// window, and the last fix taken up to the window's end. Nearest first.
    func monitoredPersons(_ q: LookupQuery, _ out: inout LonLatBatch) -> [Pending<PersonHit>] {
        let window = Int64(q.minutes * 60_000)
        let from = q.time - window
        let to = q.time + window
        var best: [Int32: (row: Int32, distance: Double, count: Int)] = [:]
        fixes.forEach(near: q.x, q.y, within: q.radius, from: from, to: to) { row, d in
            let p = fixes.person[Int(row)]
            if let b = best[p] {
                let closer = d < b.distance || (d == b.distance && fixes.time[Int(row)] < fixes.time[Int(b.row)])
                best[p] = (closer ? row : b.row, closer ? d : b.distance, b.count + 1)
            } else {
                best[p] = (row, d, 1)
            }
        }
        let ordered = best.sorted {
            $0.value.distance < $1.value.distance
                || ($0.value.distance == $1.value.distance && fixes.ids[Int($0.key)] < fixes.ids[Int($1.key)])
        }
        return ordered.map { dense, b in
            let id = fixes.ids[Int(dense)]
            let closest = fixPoint(b.row, b.distance, q, &out)
            let last = fixes.lastFix(ofDense: dense, atOrBefore: to).map { row in
                fixPoint(row, distance(row, q), q, &out)
            }
            let person = layers.persons[id]
            let count = b.count
            return { lonLat in
                PersonHit(
                    personId: id, ref: person?.ref, name: person?.name, tag: person?.tagID,
                    birthYear: person?.birthYear, offenceClass: person?.offenceClass ?? "unknown",
                    orderFrom: person?.orderFrom ?? "", orderTo: person?.orderTo ?? "",
                    restrictions: person.map { Self.restrictions($0.restrictions) },
                    closestApproach: closest(lonLat), lastFix: last?(lonLat), fixesInWindow: count)
            }
        }
    }

    private func distance(_ row: Int32, _ q: LookupQuery) -> Double {
        let dx = fixes.xs[Int(row)] - q.x
        let dy = fixes.ys[Int(row)] - q.y
        return (dx * dx + dy * dy).squareRoot()
    }

    private func fixPoint(_ row: Int32, _ d: Double, _ q: LookupQuery, _ out: inout LonLatBatch) -> Pending<FixPoint>
    {
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
