import AnsimAnalytics
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim analyze profile`: geographic profile of a crime series (file in, file out).
struct AnalyzeProfile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract:
            "Geographic profile of a crime series: Rossmo's CGT or a calibrated journey-to-crime surface.",
        discussion: """
            Reads --series, a CSV with x,y: the crime sites of one series (metres). Writes --out \
            with row,col,x,y,p for every cell of the --bbox grid of --cell metres (x, y the cell \
            centre), p summing to 1: the probability that the offender's anchor point is in \
            the cell.

            Default: Rossmo's criminal geographic targeting, Manhattan distance, buffer --buffer \
            metres (default half the mean nearest-neighbour distance between the sites), \
            exponents --f and --g (1.2). With --calibration solved.csv (home_x,home_y,crime_x,\
            crime_y of solved cases): the journey-to-crime surface whose decay is the kernel \
            density of the solved home-to-crime distances (bandwidth --decay-bandwidth, default \
            Silverman's rule). With --anchor x,y also prints the hit score: the percentage of \
            the grid searched, highest p first, before reaching the anchor's cell (ties \
            counted as searched).

            With --rank-offenders (coordinates in EPSG:5179): ranks the registered offenders \
            whose address lies in the grid by p at their address, highest first, and prints \
            the first --top as CSV (rank,p,searched_pct,offence_class,released_on and, for \
            need-to-know roles, id,ref,x,y,name,birth_year,address). It reads the database \
            as --as <account> (its role) or --as-role <role>: dispatcher and patrol_officer \
            see identities, analyst gets the ranking without them, other roles are refused. \
            Every ranking is audited (who, role, purpose, the offenders' refs).

            EXAMPLES
              ansim analyze profile --series series.csv --cell 100 \\
                --bbox 956500,1939700,966800,1948700 --out surface.csv --anchor 960450,1944120
              ansim analyze profile --series series.csv --cell 100 \\
                --bbox 956500,1939700,966800,1948700 --out surface.csv \\
                --rank-offenders --top 10 --offence-class 성폭력 --as-role dispatcher --case 2023-1187
            """
    )

    @Option(help: "Input CSV with x,y: the crime sites of the series.")
    var series: String

    @Option(help: "Cell size in metres.")
    var cell: Double

    @Option(help: "Grid extent xmin,ymin,xmax,ymax in metres.")
    var bbox: String

    @Option(help: "Rossmo's buffer radius B in metres (default: half the mean nearest-neighbour distance).")
    var buffer: Double?

    @Option(help: "Rossmo's exponent f (decay beyond the buffer).")
    var f = 1.2

    @Option(help: "Rossmo's exponent g (inside the buffer).")
    var g = 1.2

    @Option(help: "Solved cases (home_x,home_y,crime_x,crime_y) to calibrate the distance decay.")
    var calibration: String?

    @Option(help: "Bandwidth of the calibrated decay in metres (default: Silverman's rule).")
    var decayBandwidth: Double?

    @Option(help: "The true anchor x,y: prints the hit score.")
    var anchor: String?

    @Option(help: "Output CSV: row,col,x,y,p.")
    var out: String

    @OptionGroup(title: "Ranking registered offenders") var ranking: ProfileOffenderRanking

    func run() throws {
        let b = bbox.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard b.count == 4, b.allSatisfy(\.isFinite), b[2] > b[0], b[3] > b[1] else {
            throw ValidationError(
                "--bbox must be four numbers xmin,ymin,xmax,ymax with xmax > xmin, ymax > ymin")
        }
        guard cell.isFinite, cell > 0 else {
            throw ValidationError("--cell must be a positive number of metres")
        }
        let cells = ((b[2] - b[0]) / cell).rounded(.up) * ((b[3] - b[1]) / cell).rounded(.up)
        guard cells <= 25_000_000 else {
            throw ValidationError("--bbox with --cell \(cell) makes \(Int(cells)) cells; at most 25 million")
        }
        let grid = Grid(bbox: b[0], b[1], b[2], b[3], cell: cell)
        let xy = try AnalyticsIO.numbers(series, ["x", "y"])
        let profile: GeographicProfile
        var method = "Rossmo CGT"
        do {
            if let calibration {
                let c = try AnalyticsIO.numbers(calibration, ["home_x", "home_y", "crime_x", "crime_y"])
                let decay: DistanceDecay
                do {
                    decay = try DistanceDecay(
                        homeXs: c[0], homeYs: c[1], crimeXs: c[2], crimeYs: c[3], bandwidth: decayBandwidth)
                } catch { throw AnsimError("\(calibration): \(error.description)") }
                profile = try GeographicProfile.calibrated(xs: xy[0], ys: xy[1], grid: grid, decay: decay)
                method =
                    "calibrated journey-to-crime (\(decay.distances.count) solved cases, h = \(AnalyticsIO.number((decay.bandwidth * 10).rounded() / 10)) m)"
            } else {
                let buffer = buffer ?? GeographicProfile.defaultBuffer(xs: xy[0], ys: xy[1])
                profile = try GeographicProfile.rossmo(
                    xs: xy[0], ys: xy[1], grid: grid, buffer: buffer, f: f, g: g)
                method =
                    "Rossmo CGT (B = \(AnalyticsIO.number((buffer * 10).rounded() / 10)) m, f = \(f), g = \(g))"
            }
        } catch let error as AnalyticsError {
            throw AnsimError("\(series): \(error.description)")
        }
        try AnalyticsIO.write(out, header: ["row", "col", "x", "y", "p"], rows: grid.count) { i in
            let (r, c) = (i / grid.cols, i % grid.cols)
            let centre = grid.center(row: r, col: c)
            return [
                String(r), String(c), AnalyticsIO.number(centre.x), AnalyticsIO.number(centre.y),
                AnalyticsIO.number(profile.p[i]),
            ]
        }
        print(
            "wrote the \(method) profile of \(xy[0].count) crimes on \(grid.rows)×\(grid.cols) cells of \(cell) m to \(out)"
        )
        if let anchor {
            let a = anchor.split(separator: ",").compactMap {
                Double($0.trimmingCharacters(in: .whitespaces))
            }
            guard a.count == 2 else { throw ValidationError("--anchor must be two numbers x,y") }
            guard let score = profile.hitScore(x: a[0], y: a[1]) else {
                throw AnsimError("--anchor \(anchor) lies outside the grid of --bbox")
            }
            print(
                "hit score: \(AnalyticsIO.number((score * 100).rounded() / 100)) % of the area searched before the anchor's cell"
            )
        }
        try ranking.runIfAsked(profile: profile)
    }
}
