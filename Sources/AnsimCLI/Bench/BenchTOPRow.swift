/// One instance's line of `ansim bench top`: Ansim's result and OR-Tools' at each limit.
struct BenchTOPRow {
    let item: BenchTOPCase
    let ansim: BenchTOPResult
    /// OR-Tools at each reference limit, in order (empty with --no-reference).
    let reference: [BenchTOPResult]

    /// The yardstick: the best-known score, or for unseen instances OR-Tools' score at its
    /// longest limit (nil without the reference).
    var yardstick: Double? { item.bestKnown ?? reference.last?.score }

    /// `score` over the yardstick; 1 when both are 0.
    func ratio(_ score: Double) -> Double? {
        guard let yardstick else { return nil }
        return yardstick == 0 ? (score >= 0 ? 1 : 0) : score / yardstick
    }

    /// The line printed to standard error as the run goes.
    var progressLine: String {
        let best = item.bestKnown.map { "bks \(Self.number($0))" } ?? "unseen"
        let refs = reference.map { Self.number($0.score) + ($0.feasible ? "" : "!") }.joined(separator: " / ")
        return "\(item.name)  \(best)  ansim \(Self.number(ansim.score))\(ansim.feasible ? "" : "!") "
            + "(\(Self.fixed(ansim.seconds, 2)) s)" + (refs.isEmpty ? "" : "  ortools \(refs)")
    }

    /// A score without a trailing ".0".
    static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : fixed(v, 2)
    }

    /// `v` with `digits` decimals.
    static func fixed(_ v: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let r = (v * scale).rounded() / scale
        var s = String(r)
        if let dot = s.firstIndex(of: ".") {
            let decimals = s.distance(from: dot, to: s.endIndex) - 1
            s += String(repeating: "0", count: max(0, digits - decimals))
        } else if digits > 0 {
            s += "." + String(repeating: "0", count: digits)
        }
        return s
    }
}
