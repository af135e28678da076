extension LookupEngine {
    /// Registered offenders within R, by score (relevance × nearness), then distance, then id.
    func registeredOffenders(_ q: LookupQuery, _ out: inout LonLatBatch) -> (list: [Pending<OffenderHit>], total: Int) {
        var hits: [(index: Int, distance: Double, relevance: Double, score: Double)] = []
        layers.offenders.forEach(near: q.x, q.y, within: q.radius) { i, d in
            let r = OffenceRelevance.relevance(
                offence: layers.offenders.items[i].offenceClass, incident: q.incidentClass)
            hits.append((i, d, r, OffenceRelevance.score(relevance: r, distance: d, radius: q.radius)))
        }
        let items = layers.offenders.items
        hits.sort {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.distance != $1.distance { return $0.distance < $1.distance }
            return items[$0.index].id < items[$1.index].id
        }
        let list: [Pending<OffenderHit>] = hits.prefix(q.limit).map { h in
            let o = items[h.index]
            let p = out.add(o.x, o.y)
            return { lonLat in
                OffenderHit(
                    offenderId: o.id, ref: o.ref, name: o.name, birthYear: o.birthYear, address: o.address,
                    offenceClass: o.offenceClass, releasedOn: o.releasedOn, distanceM: Self.round1(h.distance),
                    relevance: h.relevance, score: (h.score * 1000).rounded() / 1000, lon: lonLat[p].lon,
                    lat: lonLat[p].lat)
            }
        }
        return (list, hits.count)
    }

    /// Cameras that cover the scene (``CameraCoverage``), nearest first.
    func coveringCameras(_ q: LookupQuery, _ out: inout LonLatBatch) -> [Pending<CameraHit>] {
        var hits: [(index: Int, distance: Double)] = []
        let cams = layers.cameras.items
        layers.cameras.forEach(near: q.x, q.y, within: CameraCoverage.maximumRange) { i, d in
            if CameraCoverage.covers(cams[i], x: q.x, y: q.y, distance: d) { hits.append((i, d)) }
        }
        hits.sort { $0.distance < $1.distance || ($0.distance == $1.distance && cams[$0.index].id < cams[$1.index].id) }
        return hits.map { h in
            let c = cams[h.index]
            let p = out.add(c.x, c.y)
            return { lonLat in
                CameraHit(
                    id: c.id, distanceM: Self.round1(h.distance), directionDeg: c.direction,
                    omnidirectional: c.direction == nil, rangeM: CameraCoverage.range(c), purpose: c.purpose,
                    cameraCount: c.cameraCount, lon: lonLat[p].lon, lat: lonLat[p].lat)
            }
        }
    }

    /// Incidents and calls within 100 m of the scene in the 365 days up to its time.
    func pastIncidents(_ q: LookupQuery) -> History {
        let from = q.time - Int64(Self.historyDays) * 86_400_000
        func count(_ layer: Indexed<PastEvent>) -> ClassCounts {
            var byClass: [String: Int] = [:]
            var total = 0
            layer.forEach(near: q.x, q.y, within: Self.historyRadius) { i, _ in
                let e = layer.items[i]
                guard e.time >= from, e.time <= q.time else { return }
                byClass[e.eventClass, default: 0] += 1
                total += 1
            }
            return ClassCounts(total: total, byClass: byClass)
        }
        return History(
            radiusM: Self.historyRadius, days: Self.historyDays, incidents: count(layers.incidents),
            calls: count(layers.calls))
    }

    static func round1(_ v: Double) -> Double { (v * 10).rounded() / 10 }
}
