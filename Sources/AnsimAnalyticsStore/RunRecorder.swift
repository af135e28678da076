import AnsimStore
import AnsimSupport
import Foundation

/// Records a hotspot or forecast run: one `analytics_run` row (what, on which inputs, with which code,
/// when, how long) and one `analytics_cell` row per cell of the area (binary COPY), in one
/// transaction — a run is either recorded whole or not at all.
enum RunRecorder {
    static func record(_ result: HotspotResult, seconds: Double, on connection: Connection) throws
        -> HotspotResult
    {
        let r = result.info
        var summary: [String: Any] = [
            "cells": result.cells.count, "events_in_cells": result.events, "events_read": result.eventsRead,
            "classes": result.tally, "area_note": result.area.note as Any? ?? NSNull(),
        ]
        if let e = result.emerging {
            summary["steps"] = e.steps
            summary["step_days"] = e.stepDays
            summary["events_in_cube"] = e.eventsInCube
            summary["dropped_days"] = e.droppedDays
        }
        let filter: [String: Any] = r.classes.isEmpty ? [:] : ["class": r.classes]
        let sql = """
            INSERT INTO analytics_run (agency, kind, method, area_level, area_name, area_code, input_table,
                input_filter, input_from, input_to, input_rows, parameters, grid_srid, grid_xmin, grid_ymin,
                grid_cell, grid_rows, grid_cols, summary, code_version, synthetic_input, seconds)
            VALUES ($1, $21, $2, $3, $4, $5, $6, $7::jsonb,
                $8::date::timestamp AT TIME ZONE 'Asia/Seoul', $9::date::timestamp AT TIME ZONE 'Asia/Seoul',
                $10, $11::jsonb, 5179, $12, $13, $14, $15, $16, $17::jsonb, $18, $19, $20)
            RETURNING id
            """
        let g = result.grid
        let parameters: [any PostgresEncodable] = [
            r.agency, r.method, result.area.level.rawValue, result.area.name, result.area.code,
            r.source, try json(filter), result.from, result.to, result.events,
            r.parametersJSON,
            g.xmin, g.ymin, g.cell, g.rows, g.cols, try json(summary), AnsimVersion.current, result.synthetic,
            seconds, r.kind,
        ]
        let id = try connection.transaction(purpose: "record the \(r.kind) run") { connection -> Int in
            let rows = try connection.query(sql, parameters, purpose: "record the \(r.kind) run")
            let id = try rows[0].decode(Int.self, at: 0)
            try connection.copyInBinary(
                "COPY analytics_cell (run_id, row, col, count, value, z, p, class, geom) FROM STDIN (FORMAT binary)",
                purpose: "record the run's cells"
            ) { w in
                for k in result.cells.indices {
                    let (row, col) = result.rowCol(k)
                    w.append(int64: Int64(id))
                    w.append(int32: Int32(row))
                    w.append(int32: Int32(col))
                    w.append(float8: result.counts[k])
                    w.append(float8: result.values[k])
                    if let z = result.z { w.append(float8: z[k]) } else { w.appendNull() }
                    if let p = result.p { w.append(float8: p[k]) } else { w.appendNull() }
                    w.append(text: result.classes[k])
                    w.append(bytes: result.square(k).ewkb)
                    try w.endRow()
                }
            }
            return id
        }
        var recorded = HotspotResult(
            runID: id, info: r, area: result.area, from: result.from, to: result.to, grid: g,
            cells: result.cells, counts: result.counts, values: result.values, z: result.z, p: result.p,
            classes: result.classes, events: result.events, eventsRead: result.eventsRead,
            synthetic: result.synthetic, seconds: seconds)
        recorded.emerging = result.emerging
        return recorded
    }

    /// JSON text of a dictionary (sorted keys, so equal parameters give equal text).
    static func json(_ object: [String: Any]) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
