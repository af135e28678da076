import Foundation

/// Parsing of the `ansim forecast` inputs from text, with one-line errors that name the
/// option or the row: the grid of `--bbox xmin,ymin,xmax,ymax` and `--cell`, and the
/// training events from the x, y, t columns of a CSV.
public enum ForecastInput {
    /// The largest grid a forecast accepts (cells).
    public static let maxCells = 20_000_000

    public static func grid(bbox: String, cell: Double) throws(AnalyticsError) -> Grid {
        let v = bbox.split(separator: ",", omittingEmptySubsequences: false).map {
            Double($0.trimmingCharacters(in: .whitespaces))
        }
        guard v.count == 4, let xmin = v[0], let ymin = v[1], let xmax = v[2], let ymax = v[3],
            [xmin, ymin, xmax, ymax].allSatisfy(\.isFinite)
        else { throw AnalyticsError("--bbox \(bbox): expected four finite numbers xmin,ymin,xmax,ymax") }
        guard xmax > xmin else {
            throw AnalyticsError("--bbox \(bbox): xmax (\(xmax)) must be greater than xmin (\(xmin))")
        }
        guard ymax > ymin else {
            throw AnalyticsError("--bbox \(bbox): ymax (\(ymax)) must be greater than ymin (\(ymin))")
        }
        guard cell.isFinite, cell > 0 else {
            throw AnalyticsError("--cell \(cell): must be a positive number of metres")
        }
        let cells = ((xmax - xmin) / cell).rounded(.up) * ((ymax - ymin) / cell).rounded(.up)
        guard cells <= Double(maxCells) else {
            throw AnalyticsError(
                "--bbox/--cell: \(cells) cells is too many (at most \(maxCells)); use larger cells")
        }
        return Grid(bbox: xmin, ymin, xmax, ymax, cell: cell)
    }

    /// A `--horizon` such as 7d, 14d, 1d or 12h, in days.
    public static func horizon(_ text: String) throws(AnalyticsError) -> Double {
        guard let days = ForecastTime.duration(text) else {
            throw AnalyticsError("--horizon \(text): expected a positive duration such as 7d, 14d, 1d or 12h")
        }
        return days
    }

    /// Events from text columns (row i is line i + 2 of the file). Date-only times stand
    /// for their whole day (resolution 1 day) when every time is a date; otherwise all
    /// times are instants and a date means its midnight.
    public static func events(x: [String], y: [String], t: [String]) throws(AnalyticsError) -> ForecastEvents
    {
        guard !x.isEmpty else {
            throw AnalyticsError("no training events (the file has a header but no rows)")
        }
        var xs: [Double] = []
        var ys: [Double] = []
        var ts: [Double] = []
        var allDates = true
        for i in x.indices {
            guard let px = Double(x[i]), let py = Double(y[i]), px.isFinite, py.isFinite else {
                throw AnalyticsError("row \(i + 2): x,y = \(x[i]),\(y[i]) is not a pair of finite numbers")
            }
            guard let pt = ForecastTime.parse(t[i]) else {
                throw AnalyticsError("row \(i + 2): t = \"\(t[i])\" is not an ISO date or date-time")
            }
            xs.append(px)
            ys.append(py)
            ts.append(pt.days)
            allDates = allDates && pt.dateOnly
        }
        do {
            return try ForecastEvents(xs: xs, ys: ys, ts: ts, resolution: allDates ? 1 : 0)
        } catch let e as AnalyticsError {
            throw e
        } catch {
            throw AnalyticsError("\(error)")
        }
    }
}
