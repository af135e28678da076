import Foundation

/// Seeded random Euclidean TOP instances in the style of Chao, Golden & Wasil (1996), for
/// tests and for the unseen instances of `ansim bench top`.
///
/// Customers lie in a 100 × 100 square, either uniformly or around 5 cluster centres
/// (normal spread 8, clipped to the square); scores are whole numbers 1…20 (uniform) or
/// grow with closeness to a cluster centre (clustered). The start is a random point and the end
/// another within 0.4 · budget of it, or the same (`sameDepot`). No service times.
public enum TOPGenerator {
    /// How customers are placed.
    public enum Layout: String, Sendable, CaseIterable {
        case uniform
        case clustered
    }

    /// An instance with `customers` customers (rows 1…customers; the start is row 0 and the end
    /// the last row, as in CGW files).
    public static func instance(
        seed: UInt64, customers: Int, layout: Layout, vehicles: Int, budget: Double, sameDepot: Bool = false
    ) -> TOPInstance {
        let text = cgw(
            seed: seed, customers: customers, layout: layout, vehicles: vehicles, budget: budget,
            sameDepot: sameDepot)
        return try! TOPInstance.parseCGW(text, name: "generated")
    }

    /// The same instance as the text of a CGW file (coordinates printed so they read back
    /// exactly).
    public static func cgw(
        seed: UInt64, customers: Int, layout: Layout, vehicles: Int, budget: Double, sameDepot: Bool = false
    ) -> String {
        var rng = TOPRandom(seed: TOPRandom.derive(seed, customers))
        var x: [Double] = []
        var y: [Double] = []
        var scores: [Double] = []
        let centres = (0..<5).map { _ in (15 + 70 * rng.unit(), 15 + 70 * rng.unit()) }
        let depot = (100 * rng.unit(), 100 * rng.unit())
        x.append(depot.0)
        y.append(depot.1)
        scores.append(0)
        for _ in 0..<customers {
            switch layout {
            case .uniform:
                x.append(100 * rng.unit())
                y.append(100 * rng.unit())
                scores.append(Double(1 + rng.int(20)))
            case .clustered:
                let c = centres[rng.int(centres.count)]
                let (gx, gy) = normalPair(&rng)
                let px = min(100, max(0, c.0 + 8 * gx))
                let py = min(100, max(0, c.1 + 8 * gy))
                let near = ((px - c.0) * (px - c.0) + (py - c.1) * (py - c.1)).squareRoot()
                x.append(px)
                y.append(py)
                scores.append(Double(max(1, 20 - Int(near)) + rng.int(5)))
            }
        }
        // A different end lies within 0.4 · budget of the start, so routes exist.
        let angle = 2 * Double.pi * rng.unit()
        let reach = 0.4 * budget * rng.unit()
        let end =
            sameDepot
            ? depot
            : (min(100, max(0, depot.0 + reach * cos(angle))), min(100, max(0, depot.1 + reach * sin(angle))))
        x.append(end.0)
        y.append(end.1)
        scores.append(0)
        var text = "n \(x.count)\nm \(vehicles)\ntmax \(budget)\n"
        for i in x.indices { text += "\(x[i])\t\(y[i])\t\(Int(scores[i]))\n" }
        return text
    }

    /// Two independent standard normal deviates (Box–Muller).
    private static func normalPair(_ rng: inout TOPRandom) -> (Double, Double) {
        let u = max(rng.unit(), 1e-300)
        let v = rng.unit()
        let r = (-2 * log(u)).squareRoot()
        return (r * cos(2 * Double.pi * v), r * sin(2 * Double.pi * v))
    }
}
