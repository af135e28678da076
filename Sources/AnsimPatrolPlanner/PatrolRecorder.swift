import AnsimGeo
import AnsimStore
import AnsimSupport
import Foundation

/// Records a plan set as an `analytics_run` of kind `patrol` (linked to its forecast run by
/// `parent_run_id`) with one `patrol_route` per shift and car and one `patrol_stop` per
/// visit, in one transaction.
public enum PatrolRecorder {
    public static func record(
        _ set: PatrolPlanSet, request r: PatrolRequest, graph: String, seconds: Double,
        on connection: Connection
    ) throws -> PatrolPlanSet {
        let parameters: [String: Any] = [
            "box": set.box, "cars": set.cars, "shift_s": set.shiftSeconds, "dwell_s": set.dwellSeconds,
            "mode": set.mode, "graph": graph, "candidates": r.candidates, "snap_limit_m": r.snapLimit,
            "shifts": r.shifts, "seed": String(r.seed), "time_limit": r.timeLimit, "min_ratio": r.minRatio,
        ]
        let summary: [String: Any] = [
            "best_score": set.bestScore, "candidates": set.candidates.count, "unsnapped_cells": set.unsnapped,
            "shifts": set.plans.map { ["shift": $0.shift, "score": $0.score, "ratio": $0.ratio] },
        ]
        func json(_ o: [String: Any]) throws -> String {
            String(
                decoding: try JSONSerialization.data(withJSONObject: o, options: [.sortedKeys]), as: UTF8.self
            )
        }
        let parametersText = try json(parameters)
        let summaryText = try json(summary)
        return try connection.transaction(purpose: "record the patrol plan") { c in
            let id = try c.query(
                """
                INSERT INTO analytics_run (agency, kind, method, area_level, area_name, input_table, parameters,
                    summary, code_version, synthetic_input, seconds, parent_run_id)
                VALUES ($1, 'patrol', 'top', 'box', $2, 'analytics_run', $3::jsonb, $4::jsonb, $5, $6, $7, $8)
                RETURNING id
                """,
                [
                    r.agency, set.box, parametersText, summaryText, AnsimVersion.current, set.synthetic,
                    seconds,
                    set.forecastRunID,
                ],
                purpose: "record the patrol run")[0].decode(Int.self, at: 0)
            for plan in set.plans {
                for route in plan.routes {
                    let line: String? =
                        route.path.count >= 2
                        ? try Geometry.lineString(route.path, srid: 5179).hexEWKB : nil
                    try c.execute(
                        """
                        INSERT INTO patrol_route (run_id, shift, car, stops, length_m, duration_s, score, geom)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8::geometry)
                        """,
                        [
                            id, plan.shift, route.car, route.stops.count, route.lengthMetres,
                            route.durationSeconds,
                            route.score, line,
                        ],
                        purpose: "record a patrol route")
                    for stop in route.stops {
                        try c.execute(
                            """
                            INSERT INTO patrol_stop (run_id, shift, car, seq, cell_row, cell_col, value, arrival_s,
                                departure_s, geom)
                            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, ST_SetSRID(ST_MakePoint($10, $11), 5179))
                            """,
                            [
                                id, plan.shift, route.car, stop.sequence, stop.candidate.row,
                                stop.candidate.col,
                                stop.candidate.value, stop.arrival, stop.departure, stop.candidate.x,
                                stop.candidate.y,
                            ],
                            purpose: "record a patrol stop")
                    }
                }
            }
            var recorded = set
            recorded.runID = id
            return recorded
        }
    }
}
