import AnsimReports
import Foundation

/// The lines `ansim report run` prints.
enum ReportSummary {
    static func text(_ o: ReportOutput) -> String {
        let f = o.figures
        let n = { (v: Double?) in v.map { String(format: "%.1f", $0) } ?? "–" }
        var lines = [
            "report_run \(o.reportRunID): \(f.kind) report of \(f.area.name) (\(f.area.level)), \(f.period) "
                + "(\(f.periodStart) … \(f.periodEnd) exclusive)"
        ]
        if f.synthetic { lines.append("  input: SYNTHETIC data, not real crime (docs/SYNTHETIC.md)") }
        if let note = f.area.note {
            lines.append("  area: \(String(format: "%.1f", f.area.squareKilometres)) km², \(note)")
        }
        lines.append(
            "  crimes: \(f.crimes.total.current) (previous \(f.crimes.total.previous), last year \(f.crimes.total.lastYear)); "
                + "112 calls: \(f.calls.total.current) (previous \(f.calls.total.previous), last year \(f.calls.total.lastYear))"
        )
        lines.append(
            "  response medians (min), codes 0–3: "
                + f.response.prefix(4).map { "\(n($0.medianMinutes))" }.joined(separator: " / ")
                + "; within target: "
                + f.response.prefix(4).map {
                    $0.withinTarget.map { String(format: "%.0f%%", $0 * 100) } ?? "–"
                }.joined(separator: " / "))
        if let h = f.hotspot {
            let hot = ["hot-99", "hot-95", "hot-90"].map { h.classes[$0] ?? 0 }.reduce(0, +)
            lines.append(
                "  hotspots: analytics_run \(h.runID)\(h.reused ? " (reused)" : "") gistar \(h.from) … \(h.to), \(hot) hot cells of \(h.cells)"
            )
        }
        if let fc = f.forecast {
            lines.append(
                "  forecast: analytics_run \(fc.runID)\(fc.reused ? " (reused)" : "") \(fc.method), \(String(format: "%.1f", fc.valueSum)) incidents expected after \(fc.to)"
            )
        }
        lines.append(
            "  CCTV: \(f.cctv.coveredCells) of \(f.cctv.hotCells) hot cells within \(Int(f.cctv.radiusMetres)) m of a camera site"
        )
        lines.append(
            "  patrol: "
                + (f.patrol.available
                    ? "\(n(f.patrol.coveredShare.map { $0 * 100 }))% of forecast risk (runs \(f.patrol.runIDs))"
                    : f.patrol.note))
        lines.append(
            "  hotline: "
                + (f.hotline.available
                    ? "opened \(f.hotline.opened ?? 0), closed \(f.hotline.closed ?? 0)" : f.hotline.note))
        lines.append("  wrote \(o.html)")
        if let pdf = o.pdf { lines.append("        \(pdf)") }
        lines.append("        \(o.mapPage), \(o.json) (\(String(format: "%.1f", o.seconds)) s)")
        return lines.joined(separator: "\n")
    }
}
