import AnsimGeo
import Foundation

extension HotspotResult {
    /// The run as a GeoJSON FeatureCollection in WGS 84 (RFC 7946; the 5179 cell squares
    /// transformed by PROJ, coordinates to 1e-7°): one Polygon feature per cell of the area
    /// with `row`, `col`, `count`, `value`, `z`, `p` and `class`, and a foreign member
    /// `ansim_run` naming the run, method, area, window, grid and whether the input is synthetic.
    public func geoJSON() throws -> String {
        let toWGS84 = try CoordinateTransform(from: CRS(epsg: 5179), to: CRS(epsg: 4326))
        // The four corners of every cell, in one PROJ batch.
        var xs: [Double] = []
        var ys: [Double] = []
        xs.reserveCapacity(cells.count * 4)
        ys.reserveCapacity(cells.count * 4)
        for k in cells.indices {
            let (r, c) = rowCol(k)
            let x0 = grid.xmin + Double(c) * grid.cell
            let y0 = grid.ymin + Double(r) * grid.cell
            for (dx, dy) in [(0.0, 0.0), (1, 0), (1, 1), (0, 1)] {
                xs.append(x0 + dx * grid.cell)
                ys.append(y0 + dy * grid.cell)
            }
        }
        try toWGS84.transform(xs: &xs, ys: &ys)
        func f(_ v: Double) -> String { String(format: "%.7f", v) }
        func num(_ v: Double?) -> String {
            guard let v else { return "null" }
            return v.isFinite ? "\(v)" : "null"
        }
        var meta: [String: Any] = [
            "run_id": runID, "kind": info.kind, "method": info.method,
            "source": info.source,
            "area": area.name, "area_level": area.level.rawValue, "from": from, "to": to,
            "synthetic_input": synthetic, "events": events, "cells": cells.count,
            "grid": [
                "srid": 5179, "xmin": grid.xmin, "ymin": grid.ymin, "cell": grid.cell, "rows": grid.rows,
                "cols": grid.cols,
            ],
            "value": info.valueLabel,
        ]
        if let note = area.note { meta["area_note"] = note }
        if let e = emerging {
            meta["steps"] = e.steps
            meta["step_days"] = e.stepDays
            meta["time_lag"] = e.timeLag
            meta["fdr"] = e.fdr
            meta["class"] = "emerging hot spot category"
        }
        if synthetic { meta["note"] = "SYNTHETIC input events: not real crime data (docs/SYNTHETIC.md)" }
        let metaText = String(
            decoding: try JSONSerialization.data(withJSONObject: meta, options: [.sortedKeys]), as: UTF8.self)
        var out = "{\"type\":\"FeatureCollection\",\"ansim_run\":\(metaText),\"features\":[\n"
        for k in cells.indices {
            let (r, c) = rowCol(k)
            let ring = (0..<5).map { i -> String in
                let j = 4 * k + i % 4
                return "[\(f(xs[j])),\(f(ys[j]))]"
            }.joined(separator: ",")
            out +=
                "{\"type\":\"Feature\",\"properties\":{\"row\":\(r),\"col\":\(c),\"count\":\(num(counts[k]))"
            out +=
                ",\"value\":\(num(values[k])),\"z\":\(num(z?[k])),\"p\":\(num(p?[k])),\"class\":\"\(classes[k])\"}"
            out += ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[\(ring)]]}}"
            out += k + 1 < cells.count ? ",\n" : "\n"
        }
        return out + "]}\n"
    }
}
