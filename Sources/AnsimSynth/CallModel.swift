/// A kind of 112 call that reports no generated incident (교통사고, 주취자, 소음, …).
public struct CallType: Sendable, Hashable {
    /// 사건종별, e.g. "주취자".
    public var name: String
    /// The KNPA 중분류 it belongs to (교통, 질서유지, 기타범죄, 기타경찰업무, 타기관·기타).
    public var category: String
    /// Relative frequency among non-incident calls.
    public var weight: Double
    /// How likely each urgency code 0…4 is for this kind of call.
    public var codes: [Double]
    /// Where such calls come from.
    public var place: PlaceMix

    public init(_ name: String, category: String, weight: Double, codes: [Double], place: PlaceMix) {
        precondition(codes.count == 5, "five urgency codes")
        self.name = name
        self.category = category
        self.weight = weight
        self.codes = codes
        self.place = place
    }
}

/// Everything the generator assumes about 112 calls.
///
/// The urgency code of a non-incident call is drawn from the *residual* code
/// distribution — the configured city-wide ``codeShares`` minus what the incident calls
/// already contribute — and its type from `P(type | code) ∝ weight × codes[code]`, so
/// the code shares of all calls together match ``codeShares`` in expectation while
/// every type keeps plausible codes.
public struct CallModel: Sendable, Hashable {
    /// Calls a year in the whole city (before `--fraction` and ``nonIncidentSample``).
    public var callsPerYear: Double
    /// City-wide shares of urgency codes 0…4 over all calls.
    public var codeShares: [Double]
    /// Kinds of non-incident calls.
    public var types: [CallType]
    /// When non-incident calls come in.
    public var time: TemporalProfile
    /// Received → dispatched (지령), per code; nil where no patrol is sent (code 4).
    public var dispatch: [Delay?]
    /// Dispatched → arrived on scene (도착), per code.
    public var travel: [Delay?]
    /// Arrived → closed (종결) per code; for calls without dispatch, received → closed.
    public var close: [Delay]

    public init(
        callsPerYear: Double, codeShares: [Double], types: [CallType], time: TemporalProfile,
        dispatch: [Delay?], travel: [Delay?], close: [Delay]
    ) {
        precondition(codeShares.count == 5 && dispatch.count == 5 && travel.count == 5 && close.count == 5)
        self.callsPerYear = callsPerYear
        self.codeShares = codeShares
        self.types = types
        self.time = time
        self.dispatch = dispatch
        self.travel = travel
        self.close = close
    }
}

/// The whole set of assumptions: one ``CrimeModel`` per class and the ``CallModel``.
public struct SynthModel: Sendable, Hashable {
    /// Per-class models, indexed by ``CrimeClass/order``.
    public var crimes: [CrimeModel]
    /// 112 calls.
    public var calls: CallModel

    public init(crimes: [CrimeClass: CrimeModel], calls: CallModel) {
        self.crimes = CrimeClass.allCases.map { c in
            guard let m = crimes[c] else { preconditionFailure("no model for \(c.name)") }
            return m
        }
        self.calls = calls
    }

    /// The model of one class.
    public subscript(_ crime: CrimeClass) -> CrimeModel {
        get { crimes[crime.order] }
        set { crimes[crime.order] = newValue }
    }
}
