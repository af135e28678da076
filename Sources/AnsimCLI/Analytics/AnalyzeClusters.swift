import AnsimAnalytics
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim analyze clusters`: nearest-neighbour clusters of incidents with hulls and ellipses.
struct AnalyzeClusters: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract:
            "Nearest-neighbour clusters of incidents (CrimeStat NNH threshold, single linkage) with hulls and ellipses.",
        discussion: """
            Reads --points, a CSV with x,y (metres). Links incidents closer than --distance \
            metres — by default CrimeStat's NNH threshold: the lower confidence limit (one-sided \
            --probability) of the random nearest-neighbour distance in the window (--bbox, or \
            the points' bounding box) — and writes every group of at least --min-points linked \
            incidents to --out: cluster,points,x,y,major,minor,angle,hull — the centre, the \
            standard deviational ellipse's semi-axes (metres, one standard deviation) and the \
            major axis's angle (degrees counter-clockwise from east), and the convex hull as \
            quoted WKT. Largest cluster first.

            EXAMPLE
              ansim analyze clusters --points pts.csv --min-points 10 --out clusters.csv
            """
    )

    @Option(help: "Input CSV with x,y.")
    var points: String

    @Option(help: "Linking distance in metres (default: the NNH threshold).")
    var distance: Double?

    @Option(help: "One-sided probability of the NNH threshold.")
    var probability = 0.05

    @Option(help: "The window xmin,ymin,xmax,ymax for the threshold (default: the points' bounding box).")
    var bbox: String?

    @Option(help: "Fewest incidents in a cluster.")
    var minPoints = 10

    @Option(help: "Output CSV: cluster,points,x,y,major,minor,angle,hull.")
    var out: String

    func run() throws {
        guard probability > 0, probability < 0.5 else {
            throw ValidationError("--probability must be in (0, 0.5)")
        }
        let xy = try AnalyticsIO.numbers(points, ["x", "y"])
        let clusters: [NearestNeighbourClusters.Cluster]
        let linking: Double
        do {
            let window: PointWindow
            if let bbox {
                let b = bbox.split(separator: ",").compactMap {
                    Double($0.trimmingCharacters(in: .whitespaces))
                }
                guard b.count == 4 else {
                    throw ValidationError("--bbox must be four numbers xmin,ymin,xmax,ymax")
                }
                window = try PointWindow(xmin: b[0], ymin: b[1], xmax: b[2], ymax: b[3])
            } else {
                window = try PointWindow.boundingBox(xs: xy[0], ys: xy[1])
            }
            linking =
                distance
                ?? NearestNeighbourClusters.threshold(n: xy[0].count, area: window.area, p: probability)
            clusters = try NearestNeighbourClusters.clusters(
                xs: xy[0], ys: xy[1], distance: linking, minimumPoints: minPoints)
        } catch let error as AnalyticsError {
            throw AnsimError("\(points): \(error.description)")
        }
        let header = ["cluster", "points", "x", "y", "major", "minor", "angle", "hull"]
        try AnalyticsIO.write(out, header: header, rows: clusters.count) { k in
            let c = clusters[k]
            let e = c.ellipse
            return [String(k + 1), String(c.members.count)]
                + [e.centreX, e.centreY, e.major, e.minor, e.angle].map(AnalyticsIO.number)
                + ["\"" + ConvexHull.wkt(c.hull) + "\""]
        }
        let clustered = clusters.reduce(0) { $0 + $1.members.count }
        print(
            "wrote \(clusters.count) clusters of ≥ \(minPoints) incidents (linking distance \(AnalyticsIO.number((linking * 10).rounded() / 10)) m; "
                + "\(clustered) of \(xy[0].count) incidents clustered) to \(out)")
    }
}
