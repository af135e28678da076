import AnsimGeo
import AnsimSupport

/// Seeded synthetic Korean incidents and 112 calls, calibrated to published statistics
/// (see docs/SYNTHETIC.md). Arrays in, arrays out: no database, no files.
public enum Synth {
    /// The generator's version, recorded in every manifest.
    public static let version = "ansim-synth 1.0"

    /// Generates the incidents of the period (exactly ``SynthParameters/target(_:)`` per
    /// 자치구 × class) and their 112 calls plus sampled non-incident calls.
    public static func generate(_ inputs: SynthInputs, parameters: SynthParameters) throws -> SynthOutput {
        try inputs.validate()
        guard parameters.fraction >= 0, parameters.fraction.isFinite else {
            throw AnsimError("the fraction must be a non-negative number")
        }
        guard parameters.nonIncidentSample >= 0, parameters.nonIncidentSample <= 1 else {
            throw AnsimError("the non-incident call sample must lie between 0 and 1")
        }
        // The city is the 자치구 with published counts; other 행정동 are left out.
        let counted = Set(inputs.counts.map(\.gu))
        let index = try DongIndex(
            dongs: inputs.dongs.filter { counted.contains($0.gu) }, sites: inputs.riskSites)
        guard !index.entries.isEmpty else {
            throw AnsimError("no 행정동 boundaries in the 자치구 with published counts")
        }
        let police = PoliceAssigner(boxes: inputs.boxes, stations: inputs.stations)
        let drafts = try incidents(inputs, parameters, index)

        let calls = CallGenerator(
            model: parameters.model.calls, crimes: parameters.model, period: parameters.period)
        var rng = SynthRandom(seed: parameters.seed, stream: "calls/incidents")
        var callDrafts = calls.incidentCalls(drafts, &rng)
        let modelled = parameters.modelledNonIncidentCalls(incidents: drafts.count)
        let written = SynthParameters.round(Double(modelled) * parameters.nonIncidentSample)
        // Residual code weights: what the configured shares ask of all written calls,
        // less what the incident calls already hold.
        var held = [Double](repeating: 0, count: 5)
        for c in callDrafts { held[c.code] += 1 }
        let total = Double(callDrafts.count + written)
        let residual = (0..<5).map { max(0, parameters.model.calls.codeShares[$0] * total - held[$0]) }
        rng = SynthRandom(seed: parameters.seed, stream: "calls/other")
        callDrafts += try calls.otherCalls(count: written, codeWeights: residual, index: index, &rng)

        let output = try Assembler(index: index, police: police, year: parameters.period.startYear)
            .assemble(incidents: drafts, calls: callDrafts, modelledNonIncidentCalls: modelled)
        return output
    }

    /// All incidents, sorted by time (ties: 자치구, class, order of generation), with
    /// parent indices rewritten to positions in the sorted array.
    static func incidents(_ inputs: SynthInputs, _ parameters: SynthParameters, _ index: DongIndex) throws
        -> [IncidentDraft]
    {
        let counts = Dictionary(
            inputs.counts.map { ("\($0.gu)\u{0}\($0.crime.name)", $0) }, uniquingKeysWith: { a, _ in a })
        let generators = CrimeClass.allCases.map {
            IncidentGenerator(index: index, period: parameters.period, crime: $0, model: parameters.model[$0])
        }
        var all: [IncidentDraft] = []
        var keys: [(block: Int, local: Int)] = []
        var block = 0
        for (g, gu) in index.guNames.enumerated() {
            for crime in CrimeClass.allCases {
                defer { block += 1 }
                guard let count = counts["\(gu)\u{0}\(crime.name)"] else { continue }
                let n = parameters.target(count)
                let rate = count.occurred > 0 ? Double(count.arrested) / Double(count.occurred) : 0
                var rng = SynthRandom(seed: parameters.seed, stream: "incidents/\(gu)/\(crime.name)")
                let events = try generators[crime.order].block(gu: g, count: n, arrestRate: rate, &rng)
                let offset = all.count
                for (i, var e) in events.enumerated() {
                    e.parent = e.parent.map { $0 + offset }
                    all.append(e)
                    keys.append((block, i))
                }
            }
        }
        let order = all.indices.sorted { a, b in
            all[a].time != all[b].time
                ? all[a].time < all[b].time
                : (keys[a].block, keys[a].local) < (keys[b].block, keys[b].local)
        }
        var position = [Int](repeating: 0, count: all.count)
        for (p, i) in order.enumerated() { position[i] = p }
        return order.map { i in
            var e = all[i]
            e.parent = e.parent.map { position[$0] }
            return e
        }
    }
}
