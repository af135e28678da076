import AnsimAnalytics
import AnsimAnalyticsStore
import AnsimGeo
import AnsimSupport
import Foundation

/// What `ansim hotspots` prints and writes.
enum HotspotsOutput {
    static func write(_ text: String, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            throw AnsimError("cannot write \(path): \(error.localizedDescription)")
        }
    }

    static func text(_ r: HotspotResult, path: String) -> String {
        let order = [
            "hot-99", "hot-95", "hot-90", "cold-90", "cold-95", "cold-99", "top-1", "top-5", "HH", "HL", "LH",
            "LL",
        ]
        let tally = r.tally
        let classes = (order.filter { tally[$0] != nil } + ["ns"]).compactMap { k in
            tally[k].map { "\(k) \($0)" }
        }
        var s =
            "run \(r.runID): \(r.info.method) \(r.info.kind == "hotspot" ? "hotspots" : r.info.kind) of \(r.area.name) (\(r.area.level.rawValue))"
        s +=
            r.info.kind == "forecast"
            ? ", trained on \(r.from) … \(r.to) (to exclusive); the horizon after the last event\n"
            : ", \(r.from) … \(r.to) (to exclusive)\n"
        if let note = r.area.note { s += "  area: \(note)\n" }
        s += "  input: \(r.events) \(r.info.source) events in the area's cells"
        s += r.info.classes.isEmpty ? "" : " (\(r.info.classes.joined(separator: ", ")))"
        s += r.synthetic ? " — SYNTHETIC data, not real crime (docs/SYNTHETIC.md)\n" : "\n"
        s +=
            "  grid: \(r.cells.count) cells of \(Int(r.grid.cell)) m (EPSG:5179, origin \(Int(r.grid.xmin)), "
        s += "\(Int(r.grid.ymin)); \(r.grid.rows)×\(r.grid.cols))\n"
        if let e = r.emerging {
            s += "  time: \(e.steps) steps of \(e.stepDays) day(s) from \(r.from), queen, time lag \(e.timeLag)"
            s += e.fdr ? ", α 0.05 with FDR" : ", α 0.05"
            s += "; \(e.eventsInCube) events in the cube (the area's bounding grid)\n"
            if e.droppedDays > 0 {
                s += "  note: the last \(e.droppedDays) day(s) of the window make no whole step and are left out\n"
            }
            s += "  categories: \(categories(r).joined(separator: ", "))\n"
        } else {
            s += "  classes: \(classes.joined(separator: ", "))\n"
        }
        let wgs = try? CoordinateTransform(from: CRS(epsg: 5179), to: CRS(epsg: 4326))
        s += "  top cells (row, col, centre lon/lat, count, value):\n"
        for k in r.top(5) {
            let (row, col) = r.rowCol(k)
            let c = r.grid.center(row: row, col: col)
            let ll = (try? wgs?.transform(x: c.x, y: c.y)) ?? (c.x, c.y)
            s += String(
                format: "    %4d %4d  %.5f %.5f  %4.0f  %@  %@\n", row, col, ll.0, ll.1, r.counts[k],
                String(format: "%.4g", r.values[k]), r.classes[k])
        }
        s += String(
            format: "  recorded in analytics_run %d and analytics_cell; GeoJSON %@ (%.2f s)", r.runID, path,
            r.seconds)
        return s
    }

    /// "new hot spot 12, persistent hot spot 40, …, no pattern 900", in the order of
    /// ``EmergingCategory``.
    static func categories(_ r: HotspotResult) -> [String] {
        let tally = r.tally
        return EmergingCategory.allCases.compactMap { c in
            tally[c.rawValue].map { "\(c.rawValue.replacingOccurrences(of: "_", with: " ")) \($0)" }
        }
    }

    static func json(_ r: HotspotResult, path: String) throws -> String {
        var object: [String: Any] = [
            "run_id": r.runID, "kind": r.info.kind, "method": r.info.method, "area": r.area.name,
            "area_level": r.area.level.rawValue, "from": r.from, "to": r.to, "events": r.events,
            "cells": r.cells.count, "classes": r.tally, "synthetic_input": r.synthetic, "geojson": path,
            "seconds": r.seconds,
        ]
        if let e = r.emerging {
            object["steps"] = e.steps
            object["step_days"] = e.stepDays
            object["time_lag"] = e.timeLag
            object["fdr"] = e.fdr
        }
        let data = try JSONSerialization.data(
            withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
