import Foundation

/// One E-step of the SEPP fit, on all cores: for each event, λᵢ = μᵢ + Σⱼ gᵢⱼ, its
/// background probability μᵢ/λᵢ, and the sums the M-step needs.
struct SEPPEStep: Sendable {
    struct Sums: Sendable {
        var pBack: [Double]
        /// S = Σ pᵢⱼ, D = Σ pᵢⱼ Δt, Q = Σ pᵢⱼ d², Σ log λᵢ.
        var triggered = 0.0
        var lagSum = 0.0
        var distanceSum = 0.0
        var logSum = 0.0
    }

    let pairs: SEPPPairs
    let theta: Double
    let omega: Double
    let sigma: Double
    /// The leave-one-out background intensity at each event.
    let mu: [Double]

    func run(n: Int) -> Sums {
        let parts = Parallel.chunks(n) { range in self.part(range) }
        var sums = Sums(pBack: [])
        sums.pBack.reserveCapacity(n)
        for p in parts {
            sums.pBack += p.pBack
            sums.triggered += p.triggered
            sums.lagSum += p.lagSum
            sums.distanceSum += p.distanceSum
            sums.logSum += p.logSum
        }
        return sums
    }

    private func part(_ range: Range<Int>) -> Sums {
        var out = Sums(pBack: [])
        out.pBack.reserveCapacity(range.count)
        let amplitude = theta * omega / (2 * Double.pi * sigma * sigma)
        let inv2s2 = 1 / (2 * sigma * sigma)
        let omega = omega
        pairs.start.withUnsafeBufferPointer { start in
            pairs.lag.withUnsafeBufferPointer { lag in
                pairs.distance2.withUnsafeBufferPointer { distance2 in
                    mu.withUnsafeBufferPointer { mu in
                        for i in range {
                            var s = 0.0
                            var sdt = 0.0
                            var sd2 = 0.0
                            for k in start[i]..<start[i + 1] {
                                let dt = Double(lag[k])
                                let d2 = Double(distance2[k])
                                let g = amplitude * exp(-omega * dt - d2 * inv2s2)
                                s += g
                                sdt += g * dt
                                sd2 += g * d2
                            }
                            let lambda = mu[i] + s
                            guard lambda > 0 else {
                                out.pBack.append(1)
                                continue
                            }
                            out.pBack.append(mu[i] / lambda)
                            out.triggered += s / lambda
                            out.lagSum += sdt / lambda
                            out.distanceSum += sd2 / lambda
                            out.logSum += log(lambda)
                        }
                    }
                }
            }
        }
        return out
    }
}
