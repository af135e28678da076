import AnsimAnalytics
import AnsimETL
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim analyze kde`: kernel density of points on a grid (file in, file out).
struct AnalyzeKDE: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kde",
        abstract: "Kernel density estimate of points on a grid, in points per m².",
        discussion: """
            Reads --points, a CSV with the columns x,y and optionally weight (metres in a \
            projected CRS; other columns are ignored). The grid covers --bbox with square \
            cells of --cell metres from (xmin, ymin); the last row and column may reach past \
            xmax, ymax. Writes --out with row,col,x,y,density for every cell, sorted by row \
            then col; x,y is the cell centre and density is Σ weight·K(distance) in points \
            (or weight) per m², so Σ density·cell² is the number of points up to edge losses.

            Kernels, normalised to integrate to 1, with u = d/h (h = --bandwidth): quartic \
            3/(πh²)·(1 − u²)² and Epanechnikov 2/(πh²)·(1 − u²) for u < 1 — exact at every \
            cell centre, a point exactly h away adds 0; Gaussian 1/(2πh²)·exp(−u²/2) with \
            σ = h, summed over the cells within 8h in x and y of each point (what is left out \
            is below 1.3e-14 of a kernel's peak). Points outside the grid add to the cells \
            they reach.

            EXAMPLE
              ansim analyze kde --points pts.csv --cell 100 --bandwidth 400 \\
                --kernel quartic --bbox 940000,1940000,970000,1960000 --out d.csv
            """
    )

    @Option(help: "Input CSV with x,y (and optionally weight).")
    var points: String

    @Option(help: "Cell size in metres.")
    var cell: Double

    @Option(help: "Bandwidth h in metres (the Gaussian's σ).")
    var bandwidth: Double

    @Option(help: "quartic, epanechnikov or gaussian.")
    var kernel: String = "quartic"

    @Option(help: "xmin,ymin,xmax,ymax of the grid in metres.")
    var bbox: String

    @Option(help: "Output CSV: row,col,x,y,density.")
    var out: String

    func validate() throws {
        guard KernelShape(rawValue: kernel) != nil else {
            throw ValidationError("--kernel must be quartic, epanechnikov or gaussian, not \"\(kernel)\"")
        }
        guard cell.isFinite, cell > 0 else {
            throw ValidationError("--cell must be a positive number of metres")
        }
        guard bandwidth.isFinite, bandwidth > 0 else {
            throw ValidationError("--bandwidth must be a positive number of metres")
        }
        _ = try grid()
    }

    /// The grid of --bbox and --cell.
    func grid() throws -> Grid {
        let parts = bbox.split(separator: ",", omittingEmptySubsequences: false).map {
            Double($0.trimmingCharacters(in: .whitespaces))
        }
        guard parts.count == 4, let xmin = parts[0], let ymin = parts[1], let xmax = parts[2],
            let ymax = parts[3],
            [xmin, ymin, xmax, ymax].allSatisfy(\.isFinite)
        else { throw ValidationError("--bbox must be four numbers xmin,ymin,xmax,ymax, not \"\(bbox)\"") }
        guard xmax > xmin, ymax > ymin else {
            throw ValidationError("--bbox \(bbox) is empty: xmax must exceed xmin and ymax ymin")
        }
        let (cols, rows) = (((xmax - xmin) / cell).rounded(.up), ((ymax - ymin) / cell).rounded(.up))
        guard rows * cols <= 200_000_000 else {
            throw ValidationError(
                "--bbox with --cell \(cell) makes \(Int(rows))×\(Int(cols)) cells; at most 200 million")
        }
        return Grid(bbox: xmin, ymin, xmax, ymax, cell: cell)
    }

    func run() throws {
        let grid = try grid()
        let weighted = try AnalyticsIO.header(points).contains("weight")
        let columns = try AnalyticsIO.numbers(points, weighted ? ["x", "y", "weight"] : ["x", "y"])
        let shape = KernelShape(rawValue: kernel)!
        let density: [Double]
        do {
            density = try KDE.density(
                xs: columns[0], ys: columns[1], weights: weighted ? columns[2] : nil, grid: grid,
                bandwidth: bandwidth, kernel: shape)
        } catch {
            throw AnsimError("\(points): \(error.description)")
        }
        try AnalyticsIO.write(out, header: ["row", "col", "x", "y", "density"], rows: grid.count) { i in
            let (r, c) = (i / grid.cols, i % grid.cols)
            let (x, y) = grid.center(row: r, col: c)
            return [
                String(r), String(c), AnalyticsIO.number(x), AnalyticsIO.number(y),
                AnalyticsIO.number(density[i]),
            ]
        }
        let mass = density.reduce(0, +) * grid.cell * grid.cell
        print(
            "wrote \(kernel) KDE of \(columns[0].count) points (h = \(bandwidth) m) on \(grid.rows)×\(grid.cols) "
                + "cells of \(grid.cell) m to \(out): Σ density·cell² = \(mass)")
    }
}

extension AnalyticsIO {
    /// The column names of a CSV's header row.
    static func header(_ path: String) throws -> [String] {
        let reader = try DelimitedReader(path: path, delimiter: 44)
        guard let header = reader.next()?.fields else {
            throw AnsimError("\(path): the file is empty (expected a header)")
        }
        return header.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
