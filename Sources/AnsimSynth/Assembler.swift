import AnsimGeo

/// Turns drafts into records: 사건번호/신고번호 in time order, 행정동 and 자치구 names,
/// the responsible box and station, and WGS 84 coordinates (PROJ, one batch call).
struct Assembler {
    let index: DongIndex
    let police: PoliceAssigner
    let year: Int

    func assemble(incidents: [IncidentDraft], calls: [CallDraft], modelledNonIncidentCalls: Int) throws
        -> SynthOutput
    {
        let incidentNumbers = incidents.indices.map { "S\(year)-\(pad($0 + 1, 7))" }
        let callOrder = calls.indices.sorted { a, b in
            calls[a].received != calls[b].received ? calls[a].received < calls[b].received : a < b
        }
        var xs = incidents.map(\.x) + callOrder.map { calls[$0].x }
        var ys = incidents.map(\.y) + callOrder.map { calls[$0].y }
        let crs = index.srid > 0 ? CRS(epsg: Int(index.srid)) : .utmK
        try CoordinateTransform(from: crs, to: .wgs84).transform(xs: &xs, ys: &ys)

        let records = incidents.enumerated().map { i, e in
            let dong = index.entries[e.dong].dong
            let unit = police.assign(x: e.x, y: e.y)
            return SyntheticIncident(
                number: incidentNumbers[i], occurred: e.time, crime: e.crime, subclass: e.subclass,
                gu: dong.gu,
                dong: dong.name, dongCode: dong.code, station: unit.station, box: unit.box, x: e.x, y: e.y,
                longitude: xs[i], latitude: ys[i], arrested: e.arrested, parent: e.parent)
        }
        let base = incidents.count
        let callRecords = callOrder.enumerated().map { k, i in
            let c = calls[i]
            let dong = index.entries[c.dong].dong
            let unit =
                c.incident.map { (records[$0].box, records[$0].station) } ?? police.assign(x: c.x, y: c.y)
            return SyntheticCall(
                number: "S112-\(year)-\(pad(k + 1, 8))", received: c.received, dispatched: c.dispatched,
                arrived: c.arrived, closed: c.closed, code: c.code, type: c.type, gu: dong.gu,
                dong: dong.name,
                station: unit.1, box: unit.0, x: c.x, y: c.y, longitude: xs[base + k], latitude: ys[base + k],
                incident: c.incident.map { incidentNumbers[$0] })
        }
        return SynthOutput(
            incidents: records, calls: callRecords, modelledNonIncidentCalls: modelledNonIncidentCalls)
    }
}
