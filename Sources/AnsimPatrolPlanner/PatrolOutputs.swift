import AnsimGeo
import AnsimRouting
import AnsimStore
import AnsimSupport
import Foundation

/// Writes a recorded plan set into a folder: `plan.geojson` (all shifts, WGS 84),
/// `plan.json` (summary), and per shift `shift-K.svg` (map), `shift-K-stops.txt` (printable
/// stop list) and `shift-K-car-C.gpx` (one per car).
public enum PatrolOutputs {
    /// Writes the files and returns their paths.
    public static func write(
        _ set: PatrolPlanSet, graph: RoadGraph, to folder: String, on connection: Connection
    ) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw AnsimError("cannot create \(folder): \(error.localizedDescription)")
        }
        var written: [String] = []
        func put(_ name: String, _ text: String) throws {
            let path = (folder as NSString).appendingPathComponent(name)
            do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
                throw AnsimError("cannot write \(path): \(error.localizedDescription)")
            }
            written.append(path)
        }
        try put("plan.geojson", try set.geoJSON())
        try put("plan.json", try summaryJSON(set))
        let outline = try rings(of: set.areaEWKB, on: connection)
        let xs = outline.flatMap { $0.map(\.x) }
        let ys = outline.flatMap { $0.map(\.y) }
        let box = (
            (xs.min() ?? set.boxX) - 300, (ys.min() ?? set.boxY) - 300, (xs.max() ?? set.boxX) + 300,
            (ys.max() ?? set.boxY) + 300
        )
        let roads = graph.network.edges.compactMap { e -> [(x: Double, y: Double)]? in
            guard
                e.points.contains(where: { $0.x >= box.0 && $0.x <= box.2 && $0.y >= box.1 && $0.y <= box.3 })
            else { return nil }
            return e.points.map { (x: $0.x, y: $0.y) }
        }
        let cells = try cellValues(set, on: connection)
        let wgs = try CoordinateTransform(from: CRS(epsg: 5179), to: CRS(epsg: 4326))
        for plan in set.plans {
            try put(
                "shift-\(plan.shift).svg",
                set.svg(shift: plan.shift, roads: roads, outline: outline, cells: cells.0, cell: cells.1))
            try put(
                "shift-\(plan.shift)-stops.txt",
                set.stopList(shift: plan.shift) { x, y in (try? wgs.transform(x: x, y: y)) ?? (x, y) })
            for route in plan.routes {
                try put(
                    "shift-\(plan.shift)-car-\(route.car).gpx", try set.gpx(shift: plan.shift, car: route.car)
                )
            }
        }
        return written
    }

    /// The rings of the area's boundary, EPSG:5179 (PostGIS `ST_DumpPoints` of `ST_Multi`, so that a
    /// polygon and a multipolygon give the same paths: polygon, ring, point).
    static func rings(of areaEWKB: String, on connection: Connection) throws -> [[(x: Double, y: Double)]] {
        let rows = try connection.query(
            "SELECT d.path[1], d.path[2], ST_X(d.geom), ST_Y(d.geom) FROM ST_DumpPoints(ST_Multi($1::geometry)) d",
            [areaEWKB], purpose: "read the area's outline")
        var rings: [[(x: Double, y: Double)]] = []
        var key: (String?, String?) = (nil, nil)
        for row in rows {
            guard let x = row[2].flatMap(Double.init), let y = row[3].flatMap(Double.init) else { continue }
            if rings.isEmpty || key != (row[0], row[1]) {
                rings.append([])
                key = (row[0], row[1])
            }
            rings[rings.count - 1].append((x, y))
        }
        return rings
    }

    /// The forecast cells (centre and value) for shading the map.
    static func cellValues(_ set: PatrolPlanSet, on connection: Connection) throws -> (
        [(x: Double, y: Double, value: Double)], Double
    ) {
        let rows = try connection.query(
            """
            SELECT ST_X(ST_Centroid(c.geom)), ST_Y(ST_Centroid(c.geom)), c.value, r.grid_cell
            FROM analytics_cell c JOIN analytics_run r ON r.id = c.run_id WHERE c.run_id = $1
            """, [set.forecastRunID], purpose: "read the forecast cells for the map")
        var cells: [(x: Double, y: Double, value: Double)] = []
        var size = 100.0
        for row in rows {
            guard let x = row[0].flatMap(Double.init), let y = row[1].flatMap(Double.init),
                let v = row[2].flatMap(Double.init)
            else { continue }
            cells.append((x, y, v))
            size = row[3].flatMap(Double.init) ?? size
        }
        return (cells, size)
    }

    static func summaryJSON(_ set: PatrolPlanSet) throws -> String {
        let object: [String: Any] = [
            "run_id": set.runID, "box": set.box, "forecast_run": set.forecastRunID, "mode": set.mode,
            "cars": set.cars, "shift_s": set.shiftSeconds, "dwell_s": set.dwellSeconds,
            "best_score": set.bestScore, "candidates": set.candidates.count, "synthetic_input": set.synthetic,
            "plans": set.plans.map { p in
                [
                    "shift": p.shift, "score": p.score, "ratio": p.ratio,
                    "routes": p.routes.map { r in
                        [
                            "car": r.car, "stops": r.stops.count, "length_m": r.lengthMetres.rounded(),
                            "duration_s": r.durationSeconds.rounded(), "score": r.score,
                        ] as [String: Any]
                    },
                ] as [String: Any]
            },
        ]
        let data = try JSONSerialization.data(
            withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
