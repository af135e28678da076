extension LookupEngine {
    /// Registered offenders within R, by score (relevance × nearness), then distance, then id.
    func registeredOffenders(_ q: LookupQuery, _ out: inout LonLatBatch) -> (list: [Pending<OffenderHit>], total: Int) {
        typealias Hit = (index: Int, distance: Double, relevance: Double, score: Double)
        let items = layers.offenders.items
        // Ranked before `b`: higher score, then nearer, then lower id.
        func before(_ a: Hit, _ b: Hit) -> Bool {
            if a.score != b.score { return a.score > b.score }
            if a.distance != b.distance { return a.distance < b.distance }
            return items[a.index].id < items[b.index].id
        }
        // Relevance per interned offence class, once per query (the records are not read
        // in the loop: copying them costs reference counting on their strings).
        let classes = layers.offenderClasses
        let relevance = classes.names.map { OffenceRelevance.relevance(offence: $0, incident: q.incidentClass) }
        // The best `limit` so far as a heap whose root is the worst of them (top-k selection:
        // the ~1,000 offenders of a dense 500 m circle are not all sorted).
        let k = q.limit
        var heap: [Hit] = []
        heap.reserveCapacity(min(k, 1024))
        var total = 0
        let codes = classes.codes
        layers.offenders.forEach(near: q.x, q.y, within: q.radius) { i, d in
            total += 1
            let r = relevance[Int(codes[i])]
            let h: Hit = (i, d, r, OffenceRelevance.score(relevance: r, distance: d, radius: q.radius))
            if heap.count < k {
                heap.append(h)
                var c = heap.count - 1
                while c > 0 {  // sift up: the worst rises to the root
                    let p = (c - 1) / 2
                    guard before(heap[p], heap[c]) else { break }
                    heap.swapAt(p, c)
                    c = p
                }
            } else if before(h, heap[0]) {
                heap[0] = h
                var p = 0
                while true {  // sift down
                    let l = 2 * p + 1
                    guard l < heap.count else { break }
                    var worst = l
                    if l + 1 < heap.count, before(heap[l], heap[l + 1]) { worst = l + 1 }
                    guard before(heap[p], heap[worst]) else { break }
                    heap.swapAt(p, worst)
                    p = worst
                }
            }
        }
        heap.sort(by: before)
        let list: [Pending<OffenderHit>] = heap.map { h in
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
        return (list, total)
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
