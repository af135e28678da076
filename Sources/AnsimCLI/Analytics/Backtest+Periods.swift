import AnsimAnalytics
import AnsimGeo
import AnsimSupport
import ArgumentParser
import Foundation

/// A backtest cut into test periods computed apart (`ansim batch backtest` runs one Dask
/// task per period): `--plan` lists them, `--only-period K` computes one, `--merge DIR`
/// puts the reports back together.
extension BacktestCommand {
    func validate() throws {
        if merge != nil, onlyPeriod != nil {
            throw ValidationError("give --merge or --only-period, not both")
        }
        if plan, merge != nil || onlyPeriod != nil {
            throw ValidationError("--plan lists the periods; it takes neither --merge nor --only-period")
        }
    }

    /// The origins to compute: all, or the one of `--only-period`.
    func selected(_ origins: [Double]) throws -> [Double] {
        guard let k = onlyPeriod else { return origins }
        guard origins.indices.contains(k) else {
            throw AnsimError("--only-period \(k): this backtest has periods 0 … \(origins.count - 1)")
        }
        return [origins[k]]
    }

    /// `--plan`: the periods as JSON, for the scheduler to make one task of each.
    func printPlan(_ origins: [Double], grid: Grid) throws {
        struct Plan: Encodable {
            var periods: Int
            var origins: [String]
            var grid: String
            var cell: Double
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let plan = Plan(
            periods: origins.count, origins: origins.map(ForecastTime.format),
            grid: "\(grid.rows)×\(grid.cols)",
            cell: grid.cell)
        print(String(decoding: try encoder.encode(plan), as: UTF8.self))
    }

    /// Every `*.json` report in `folder`, by file name.
    static func periodReports(in folder: String) throws -> [BacktestReport] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            throw AnsimError("--merge \(folder): cannot read the folder (\(error.localizedDescription))")
        }
        let files = names.filter { $0.hasSuffix(".json") }.sorted()
        guard !files.isEmpty else {
            throw AnsimError("--merge \(folder): no period report (*.json) in the folder")
        }
        return try files.map { name in
            let path = folder + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                throw AnsimError("\(path): cannot read the file")
            }
            do { return try JSONDecoder().decode(BacktestReport.self, from: data) } catch {
                throw AnsimError("\(path): not a backtest report from --only-period --json (\(error))")
            }
        }
    }
}
