import AnsimPatrolPlanner
import Foundation

/// What `ansim patrol plan` prints.
enum PatrolSummary {
    static func text(_ set: PatrolPlanSet, folder: String, files: Int) -> String {
        var s =
            "patrol run \(set.runID): \(set.box), \(set.cars) \(set.mode == "foot" ? "foot patrol(s)" : "car(s)"), "
        s += "shift \(Int(set.shiftSeconds / 60)) min, dwell \(Int(set.dwellSeconds / 60)) min; "
        s += "forecast run \(set.forecastRunID)\(set.synthetic ? " (SYNTHETIC input)" : "")\n"
        s += "  area: \(set.area); \(set.candidates.count) candidate stops"
        s += set.unsnapped > 0 ? " (\(set.unsnapped) risky cells too far from a road)\n" : "\n"
        if set.candidates.isEmpty {
            s += "  no candidate stop: the forecast has no positive cell near a road\n"
        }
        for plan in set.plans {
            s += String(
                format: "  shift %d: risk %.3f (%.1f %% of best)", plan.shift, plan.score, plan.ratio * 100)
            for r in plan.routes {
                s += String(
                    format: "; car %d: %d stops, %.1f km, %d min", r.car, r.stops.count,
                    r.lengthMetres / 1000,
                    Int((r.durationSeconds / 60).rounded()))
            }
            s += "\n"
        }
        s += "  wrote \(files) files to \(folder) (plan.geojson, shift-K.svg, shift-K-stops.txt, GPX per car)"
        return s
    }
}
