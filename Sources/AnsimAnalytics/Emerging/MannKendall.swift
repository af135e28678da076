import Foundation

/// The Mann–Kendall trend test (Mann 1945, "Nonparametric tests against trend",
/// Econometrica 13(3); Kendall 1975, *Rank Correlation Methods*, 4th ed., Griffin), the
/// "original test" of Hussain & Mahmud 2019, "pyMannKendall: a python package for non
/// parametric Mann Kendall family of trend tests", JOSS 4(39) — `pymannkendall.original_test`.
///
/// For a series x₁ … xₙ in time order:
///
///     S = Σ_{k<j} sign(xⱼ − xₖ)
///     Var(S) = [n(n−1)(2n+5) − Σₚ tₚ(tₚ−1)(2tₚ+5)] / 18     (tₚ: size of the p-th group of ties)
///     z = (S − 1)/√Var(S) if S > 0,  (S + 1)/√Var(S) if S < 0,  0 if S = 0   (continuity correction)
///     p = 2·(1 − Φ(|z|))                                    (two-sided)
///     τ = S / (n(n−1)/2)                                    (Kendall's τ-a, as pymannkendall)
///
/// Ties are exact equality of the values. Where Var(S) = 0 (n < 2, or every value equal)
/// z = 0 and p = 1: there is no trend to test (pymannkendall divides 0 by 0 there).
public enum MannKendall {
    /// The test's statistics for one series.
    public struct Result: Sendable, Equatable {
        /// Mann–Kendall S: concordant minus discordant pairs.
        public var s: Double
        /// Kendall's τ-a = S / (n(n−1)/2).
        public var tau: Double
        /// Var(S) with the tie correction.
        public var variance: Double
        /// Standard normal score with continuity correction.
        public var z: Double
        /// Two-sided p-value.
        public var p: Double

        public init(s: Double, tau: Double, variance: Double, z: Double, p: Double) {
            self.s = s
            self.tau = tau
            self.variance = variance
            self.z = z
            self.p = p
        }
    }

    /// The test on one series; values must be finite (else ``AnalyticsError`` naming the step).
    public static func test(_ x: [Double]) throws(AnalyticsError) -> Result {
        if let i = x.firstIndex(where: { !$0.isFinite }) {
            throw AnalyticsError("Mann–Kendall: step \(i) is \(x[i]), not a finite number")
        }
        return x.withUnsafeBufferPointer { test($0) }
    }

    /// The test on a finite series (unchecked). One pass over the pairs gives S and the ties: with eₖ the number of
    /// later values equal to xₖ, a tie group of size t has e = t−1 … 0, and Σₑ 6e(e + 2) over
    /// them is t(t−1)(2t+5), so Σₚ tₚ(tₚ−1)(2tₚ+5) = Σₖ 6eₖ(eₖ + 2) without sorting.
    static func test(_ x: UnsafeBufferPointer<Double>) -> Result {
        let n = x.count
        var s = 0
        var tieSum = 0
        for k in 0..<n {
            let xk = x[k]
            // Four pairs at a time with SIMD masks (no branches on the data), then the rest.
            var up = SIMD4<Int64>.zero
            var down = SIMD4<Int64>.zero
            var same = SIMD4<Int64>.zero
            let one = SIMD4<Int64>(repeating: 1)
            var j = k + 1
            while j + 4 <= n {
                let v = SIMD4<Double>(x[j], x[j + 1], x[j + 2], x[j + 3])
                up &+= one.replacing(with: 0, where: .!(v .> xk))
                down &+= one.replacing(with: 0, where: .!(v .< xk))
                same &+= one.replacing(with: 0, where: .!(v .== xk))
                j += 4
            }
            var above = Int(up.wrappedSum())
            var below = Int(down.wrappedSum())
            var equal = Int(same.wrappedSum())
            while j < n {
                if x[j] > xk { above += 1 } else if x[j] < xk { below += 1 } else { equal += 1 }
                j += 1
            }
            s += above - below
            tieSum += 6 * equal * (equal + 2)
        }
        let ties = Double(tieSum)
        let nd = Double(n)
        let variance = (nd * (nd - 1) * (2 * nd + 5) - ties) / 18
        let sd = Double(s)
        let tau = n > 1 ? sd / (0.5 * nd * (nd - 1)) : 0
        guard variance > 0 else { return Result(s: sd, tau: tau, variance: variance, z: 0, p: 1) }
        let z = s > 0 ? (sd - 1) / variance.squareRoot() : s < 0 ? (sd + 1) / variance.squareRoot() : 0
        return Result(s: sd, tau: tau, variance: variance, z: z, p: erfc(abs(z) / 2.0.squareRoot()))
    }
}
