import AnsimAnalytics
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim analyze ripley`: Ripley's K/L (or cross-K) with CSR envelopes, and the average
/// nearest neighbour index (file in, file out).
struct AnalyzeRipley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ripley",
        abstract:
            "Ripley's K and L (or cross-K) with Monte Carlo envelopes, and the nearest neighbour index.",
        discussion: """
            Reads --points, a CSV with the columns x,y (metres; other columns ignored). Writes \
            --out with d,K,L,lo,hi, one line per --distances value: K(d) = A·2·#{pairs closer \
            than d}/n², L = √(K/π) (PySAL pointpats k and l), lo and hi the pointwise minimum \
            and maximum of K over --permutations CSR patterns of n points in the window, \
            seeded by --seed. No edge correction (as pointpats): keep d below half the \
            window's shorter side. The window is --bbox, or the points' bounding box (the \
            pointpats convention) without it. Prints the average nearest neighbour index \
            (Clark & Evans 1954) as one JSON line.

            With --cross bars.csv (x,y): cross-K of the points around the other layer, K_AB(d) \
            = A·#{(a, b) closer than d}/(n_A·n_B); envelopes keep the other layer fixed and \
            draw the points as CSR.

            EXAMPLE
              ansim analyze ripley --points pts.csv --bbox 956500,1939700,966800,1948700 \\
                --distances 50,100,200 --permutations 99 --seed 1 --out k.csv
            """
    )

    @Option(help: "Input CSV with x,y.")
    var points: String

    @Option(help: "The window xmin,ymin,xmax,ymax in metres (default: the points' bounding box).")
    var bbox: String?

    @Option(help: "Distances in metres, increasing, comma-separated.")
    var distances: String

    @Option(help: "CSR simulations for the envelopes.")
    var permutations = 99

    @Option(help: "Seed of the simulations (a non-negative integer).")
    var seed: UInt64 = 0

    @Option(help: "Second layer (x,y) for cross-K of --points around it.")
    var cross: String?

    @Option(help: "Output CSV: d,K,L,lo,hi.")
    var out: String

    func validate() throws {
        guard permutations >= 0 else { throw ValidationError("--permutations must be ≥ 0") }
        _ = try parsedDistances()
    }

    func parsedDistances() throws -> [Double] {
        let values = distances.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ $0 != nil }) else {
            throw ValidationError("--distances must be numbers separated by commas, not \"\(distances)\"")
        }
        return values.map { $0! }
    }

    func run() throws {
        let xy = try AnalyticsIO.numbers(points, ["x", "y"])
        let d = try parsedDistances()
        let window: PointWindow
        do {
            if let bbox {
                let b = bbox.split(separator: ",").compactMap {
                    Double($0.trimmingCharacters(in: .whitespaces))
                }
                guard b.count == 4 else {
                    throw AnsimError("--bbox must be four numbers xmin,ymin,xmax,ymax")
                }
                window = try PointWindow(xmin: b[0], ymin: b[1], xmax: b[2], ymax: b[3])
            } else {
                window = try PointWindow.boundingBox(xs: xy[0], ys: xy[1])
            }
        } catch let error as AnalyticsError {
            throw AnsimError("\(points): \(error.description)")
        }
        let result: RipleyK.Result
        var note = ""
        do {
            if let cross {
                let other = try AnalyticsIO.numbers(cross, ["x", "y"])
                result = try CrossK.test(
                    xs: xy[0], ys: xy[1], otherXs: other[0], otherYs: other[1], window: window,
                    distances: d, permutations: permutations, seed: seed)
                note = "cross-K of \(xy[0].count) points around \(other[0].count) in \(cross)"
            } else {
                result = try RipleyK.test(
                    xs: xy[0], ys: xy[1], window: window, distances: d, permutations: permutations, seed: seed
                )
                note = "Ripley's K of \(xy[0].count) points"
            }
        } catch let error as AnalyticsError {
            throw AnsimError("\(points): \(error.description)")
        }
        try AnalyticsIO.write(out, header: ["d", "K", "L", "lo", "hi"], rows: d.count) { i in
            [result.distances[i], result.k[i], result.l[i], result.lo[i], result.hi[i]].map(
                AnalyticsIO.number)
        }
        let above = d.indices.filter { result.k[$0] > result.hi[$0] }.map { AnalyticsIO.number(d[$0]) }
        let below = d.indices.filter { result.k[$0] < result.lo[$0] }.map { AnalyticsIO.number(d[$0]) }
        let aboveText: String = above.isEmpty ? "none" : above.joined(separator: ", ")
        let belowText: String = below.isEmpty ? "none" : below.joined(separator: ", ")
        let windowText = "\(window.xmin),\(window.ymin),\(window.xmax),\(window.ymax)"
        print(
            "wrote \(note) to \(out) (window \(windowText), no edge correction, \(permutations) CSR simulations, "
                + "seed \(seed)): above the envelope at d = \(aboveText); below at d = \(belowText)")
        if cross == nil, let ann = try? NearestNeighbourIndex.compute(xs: xy[0], ys: xy[1], window: window) {
            print(
                #"{"ann_observed":\#(ann.observed),"ann_expected":\#(ann.expected),"ann_ratio":\#(ann.ratio),"ann_z":\#(ann.z),"ann_p":\#(ann.p)}"#
            )
        }
    }
}
