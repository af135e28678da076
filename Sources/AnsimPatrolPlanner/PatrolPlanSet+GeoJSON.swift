import AnsimGeo
import Foundation

extension PatrolPlanSet {
    /// The plans as a GeoJSON FeatureCollection in WGS 84 (PROJ from EPSG:5179): per shift and
    /// car an ordered route LineString (`shift`, `car`, `length_m`, `duration_s`, `score`),
    /// per stop a Point (`shift`, `car`, `seq`, `arrival`, `departure` as HH:MM from the
    /// start of the shift, `arrival_s`, `value`), and the box; `ansim_run` names the run.
    public func geoJSON() throws -> String {
        let toWGS84 = try CoordinateTransform(from: CRS(epsg: 5179), to: CRS(epsg: 4326))
        func lonLat(_ points: [(x: Double, y: Double)]) throws -> String {
            var xs = points.map(\.x)
            var ys = points.map(\.y)
            try toWGS84.transform(xs: &xs, ys: &ys)
            return "[" + zip(xs, ys).map { String(format: "[%.7f,%.7f]", $0, $1) }.joined(separator: ",")
                + "]"
        }
        var features: [String] = []
        let boxPoint = try lonLat([(boxX, boxY)])
        features.append(
            "{\"type\":\"Feature\",\"properties\":{\"kind\":\"box\",\"name\":\(quote(self.box))},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":\(boxPoint.dropFirst().dropLast())}}")
        for plan in plans {
            for route in plan.routes {
                let props =
                    "\"kind\":\"route\",\"shift\":\(plan.shift),\"car\":\(route.car),\"stops\":\(route.stops.count),"
                    + "\"length_m\":\(round(route.lengthMetres)),\"duration_s\":\(round(route.durationSeconds)),"
                    + "\"score\":\(route.score)"
                let geometry =
                    route.path.count >= 2
                    ? "{\"type\":\"LineString\",\"coordinates\":\(try lonLat(route.path))}" : "null"
                features.append("{\"type\":\"Feature\",\"properties\":{\(props)},\"geometry\":\(geometry)}")
                for stop in route.stops {
                    let p = try lonLat([(stop.candidate.x, stop.candidate.y)])
                    let props =
                        "\"kind\":\"stop\",\"shift\":\(plan.shift),\"car\":\(route.car),\"seq\":\(stop.sequence),"
                        + "\"arrival\":\"\(Self.clock(stop.arrival))\",\"departure\":\"\(Self.clock(stop.departure))\","
                        + "\"arrival_s\":\(round(stop.arrival)),\"value\":\(stop.candidate.value),"
                        + "\"cell_row\":\(stop.candidate.row),\"cell_col\":\(stop.candidate.col)"
                    features.append(
                        "{\"type\":\"Feature\",\"properties\":{\(props)},"
                            + "\"geometry\":{\"type\":\"Point\",\"coordinates\":\(p.dropFirst().dropLast())}}"
                    )
                }
            }
        }
        var meta =
            "{\"run_id\":\(runID),\"kind\":\"patrol\",\"box\":\(quote(box)),\"area\":\(quote(area)),"
            + "\"forecast_run\":\(forecastRunID),\"mode\":\"\(mode)\",\"cars\":\(cars),"
            + "\"shift_s\":\(shiftSeconds),\"dwell_s\":\(dwellSeconds),\"seed\":\"\(seed)\","
            + "\"best_score\":\(bestScore),\"synthetic_input\":\(synthetic)"
        if synthetic {
            meta += ",\"note\":\"forecast built on SYNTHETIC events: not real crime (docs/SYNTHETIC.md)\""
        }
        return "{\"type\":\"FeatureCollection\",\"ansim_run\":\(meta)},\"features\":[\n"
            + features.joined(separator: ",\n") + "\n]}\n"
    }

    /// "H:MM" from seconds.
    static func clock(_ seconds: Double) -> String {
        let m = Int((seconds / 60).rounded())
        return String(format: "%d:%02d", m / 60, m % 60)
    }

    func quote(_ s: String) -> String {
        let data = try? JSONSerialization.data(withJSONObject: [s], options: [.withoutEscapingSlashes])
        return data.map { String(decoding: $0, as: UTF8.self).dropFirst().dropLast().description } ?? "\"\""
    }
}
