import Foundation

extension EmergingHotSpots {
    /// Mann–Kendall and the pattern of every location, in parallel over runs of locations
    /// (`DispatchQueue.concurrentPerform`); each location is computed alone, so the results
    /// do not depend on the number of threads.
    static func trends(
        bins: SpaceTimeGetisOrd.Result, locations m: Int, steps: Int, cut: Double, alpha: Double
    ) -> (categories: [EmergingCategory], z: [Double], p: [Double]) {
        var categories = [EmergingCategory](repeating: .noPattern, count: m)
        var trendZ = [Double](repeating: 0, count: m)
        var trendP = [Double](repeating: 1, count: m)
        let items = min(m, 64)
        bins.z.withUnsafeBufferPointer { binZ in
            bins.p.withUnsafeBufferPointer { binP in
                categories.withUnsafeMutableBufferPointer { c in
                    trendZ.withUnsafeMutableBufferPointer { z in
                        trendP.withUnsafeMutableBufferPointer { p in
                            let shared = Shared(binZ: binZ, binP: binP, categories: c, z: z, p: p)
                            DispatchQueue.concurrentPerform(iterations: items) { item in
                                shared.run(
                                    m * item / items..<m * (item + 1) / items, locations: m, steps: steps,
                                    cut: cut, alpha: alpha)
                            }
                        }
                    }
                }
            }
        }
        return (categories, trendZ, trendP)
    }

    /// The buffers the work items share; each item writes only its own locations.
    private struct Shared: @unchecked Sendable {
        let binZ: UnsafeBufferPointer<Double>
        let binP: UnsafeBufferPointer<Double>
        let categories: UnsafeMutableBufferPointer<EmergingCategory>
        let z: UnsafeMutableBufferPointer<Double>
        let p: UnsafeMutableBufferPointer<Double>

        /// The locations of `range`, in blocks of 128: each block's series are first copied
        /// step by step (contiguous reads of the step-major bins), then tested one by one.
        func run(_ range: Range<Int>, locations m: Int, steps: Int, cut: Double, alpha: Double) {
            let block = 128
            var series = [Double](repeating: 0, count: block * steps)
            var significant = [Bool](repeating: false, count: block * steps)
            var states = [Int8](repeating: 0, count: steps)
            var start = range.lowerBound
            while start < range.upperBound {
                let end = min(start + block, range.upperBound)
                for t in 0..<steps {
                    for i in start..<end {
                        series[(i - start) * steps + t] = binZ[t * m + i]
                        significant[(i - start) * steps + t] = binP[t * m + i] <= cut
                    }
                }
                series.withUnsafeBufferPointer { all in
                    for i in start..<end {
                        let offset = (i - start) * steps
                        for t in 0..<steps {
                            let zi = all[offset + t]
                            states[t] = significant[offset + t] && zi != 0 ? (zi > 0 ? 1 : -1) : 0
                        }
                        let mk = MannKendall.test(
                            UnsafeBufferPointer(rebasing: all[offset..<(offset + steps)]))
                        z[i] = mk.z
                        p[i] = mk.p
                        categories[i] = EmergingCategory.classify(
                            states: states, trendZ: mk.z, trendP: mk.p, alpha: alpha)
                    }
                }
                start = end
            }
        }
    }
}
