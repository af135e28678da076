/// A call before numbering and police assignment.
struct CallDraft {
    var received: LocalTime
    var dispatched: LocalTime?
    var arrived: LocalTime?
    var closed: LocalTime
    var code: Int
    var type: String
    var x: Double
    var y: Double
    var dong: Int
    /// Index of the reported incident (in the final, sorted incidents).
    var incident: Int?
}

/// Generates 112 calls: one for every incident, and non-incident calls drawn from the
/// ``CallModel``. Each call's timeline is received → dispatched → arrived → closed with
/// code-dependent log-normal delays, so the four times are always in order.
struct CallGenerator {
    let model: CallModel
    let crimes: SynthModel
    let period: Period

    /// The call reporting each incident: received a report delay after it (or, for a
    /// share of assaults, up to 10 minutes before), always inside the period.
    func incidentCalls(_ incidents: [IncidentDraft], _ rng: inout SynthRandom) -> [CallDraft] {
        let codeChoices = crimes.crimes.map { Categorical($0.callCodes) }
        return incidents.enumerated().map { i, incident in
            let m = crimes[incident.crime]
            let code = codeChoices[incident.crime.order].sample(&rng)
            var received: LocalTime
            if m.reportedBefore > 0, rng.uniform() < m.reportedBefore {
                received = incident.time.adding(seconds: -Int64(1 + rng.below(600)))
            } else {
                received = incident.time.adding(seconds: m.reportDelay.sample(&rng))
            }
            if received < period.start { received = period.start }
            if received >= period.end {
                let room = period.end.seconds - incident.time.seconds
                received = incident.time.adding(seconds: Int64(rng.below(Int(room))))
            }
            return call(
                received: received, code: code, type: incident.crime.callType(subclass: incident.subclass),
                x: incident.x, y: incident.y, dong: incident.dong, incident: i, &rng)
        }
    }

    /// `count` calls that report no incident. Codes come from `codeWeights` (the residual
    /// of the configured shares), types from P(type | code) ∝ weight × codes[code].
    func otherCalls(count: Int, codeWeights: [Double], index: DongIndex, _ rng: inout SynthRandom) throws
        -> [CallDraft]
    {
        guard count > 0 else { return [] }
        let times = TimeSampler(model.time, period: period)
        let typeGivenCode: [Categorical?] = (0..<5).map { c in
            let w = model.types.map { $0.weight * $0.codes[c] }
            return w.contains { $0 > 0 } ? Categorical(w) : nil
        }
        // Codes no call type can carry are left out; with nothing left, the types' own mix.
        var usable = (0..<5).map { typeGivenCode[$0] == nil ? 0 : max(0, codeWeights[$0]) }
        if usable.allSatisfy({ $0 == 0 }) {
            usable = (0..<5).map { c in model.types.reduce(0) { $0 + $1.weight * $1.codes[c] } }
        }
        let codes = Categorical(usable)
        let allDongs = Array(index.entries.indices)
        let places = model.types.map { PlaceSampler(index: index, dongs: allDongs, mix: $0.place) }
        var out: [CallDraft] = []
        out.reserveCapacity(count)
        for _ in 0..<count {
            let code = codes.sample(&rng)
            let t = typeGivenCode[code]!.sample(&rng)
            let received = times.sample(&rng)
            let p = try places[t].sample(&rng)
            out.append(
                call(
                    received: received, code: code, type: model.types[t].name, x: p.x, y: p.y, dong: p.dong,
                    incident: nil, &rng))
        }
        return out
    }

    private func call(
        received: LocalTime, code: Int, type: String, x: Double, y: Double, dong: Int, incident: Int?,
        _ rng: inout SynthRandom
    ) -> CallDraft {
        var dispatched: LocalTime?
        var arrived: LocalTime?
        var last = received
        if let d = model.dispatch[code] {
            dispatched = received.adding(seconds: d.sample(&rng))
            last = dispatched!
            if let t = model.travel[code] {
                arrived = last.adding(seconds: t.sample(&rng))
                last = arrived!
            }
        }
        let closed = last.adding(seconds: model.close[code].sample(&rng))
        return CallDraft(
            received: received, dispatched: dispatched, arrived: arrived, closed: closed, code: code,
            type: type,
            x: x, y: y, dong: dong, incident: incident)
    }
}
