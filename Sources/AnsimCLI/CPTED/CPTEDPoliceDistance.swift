import AnsimRouting
import AnsimRoutingStore
import AnsimStore
import Foundation

/// Walking distance along the road graph from the nearest police box (지구대/파출소) to
/// each cell centre: foot travel time from every box within 3 km of the area (one
/// Dijkstra each) × 1.25 m/s (the graph's 4.5 km/h walking speed).
enum CPTEDPoliceDistance {
    /// Network distances (metres) per cell, or nil when no road graph is stored; cells
    /// more than 300 m off the graph, or unreachable, keep `.infinity`.
    static func byRoad(cells: [(x: Double, y: Double)], area: String, on c: Connection) throws -> (
        metres: [Double], graph: String
    )? {
        guard (try? RoadGraphStore.find(nil, on: c)) != nil else { return nil }
        let graph = try RoadGraph.load(name: nil, on: c)
        let boxes = try c.query(
            """
            SELECT ST_X(geom), ST_Y(geom) FROM police_org
            WHERE kind = 'box' AND geom IS NOT NULL AND ST_DWithin(geom, \(CPTEDCommand.areaSQL), 3000)
            """, [area], purpose: "read police boxes near the area"
        ).compactMap { r -> SnappedPoint? in
            guard let x = r[0].flatMap(Double.init), let y = r[1].flatMap(Double.init) else { return nil }
            return try? graph.snap(x: x, y: y, mode: .foot, limit: 300)
        }
        var snapped: [SnappedPoint] = []
        var slot: [Int] = []
        for (i, cell) in cells.enumerated() {
            if let s = try? graph.snap(x: cell.x, y: cell.y, mode: .foot, limit: 300) {
                snapped.append(s)
                slot.append(i)
            }
        }
        var metres = [Double](repeating: .infinity, count: cells.count)
        guard !boxes.isEmpty, !snapped.isEmpty else { return (metres, graph.name) }
        let times = graph.travelTimes(from: boxes, to: snapped, mode: .foot)
        for (j, i) in slot.enumerated() {
            let best = times.map { $0[j] }.min() ?? .infinity
            metres[i] = best * 4.5 / 3.6
        }
        return (metres, graph.name)
    }
}
