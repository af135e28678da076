import AnsimGeo
import AnsimRouting
import AnsimStore
import AnsimSupport

extension PatrolPlanner {
    /// A cell and where it lies on the road graph.
    typealias SnappedCell = (cell: PatrolInputs.Cell, snap: SnappedPoint)

    /// The box's network region (``PatrolRegion``): every forecast cell of the search area
    /// is snapped onto the graph, so are the agency's boxes within 3 km of it, and a cell
    /// stays when this box reaches it soonest. Returns the cells kept (riskiest first), the
    /// outline of the region (the union of its cells), and how many cells lay off the roads
    /// or nearer another box.
    static func networkRegion(
        _ inputs: PatrolInputs, depot: SnappedPoint, graph: RoadGraph, r: PatrolRequest,
        on connection: Connection
    ) throws -> (cells: [SnappedCell], outline: Geometry?, unsnapped: Int, others: Int) {
        var snapped: [SnappedCell] = []
        var unsnapped = 0
        for c in inputs.cells {
            if let s = try? graph.snap(x: c.x, y: c.y, mode: r.mode, limit: r.snapLimit) {
                snapped.append((c, s))
            } else {
                unsnapped += 1
            }
        }
        let rows = try connection.query(
            """
            SELECT ST_X(geom), ST_Y(geom) FROM police_org
            WHERE kind = 'box' AND agency = $1 AND name <> $2 AND geom IS NOT NULL
              AND ST_DWithin(geom, ST_GeomFromEWKB(decode($3, 'hex')), 3000)
            ORDER BY id
            """, [r.agency, inputs.box, inputs.area.geometry.hexEWKB], purpose: "find the neighbouring boxes")
        var boxes = [depot]
        for row in rows {
            guard let x = row[0].flatMap(Double.init), let y = row[1].flatMap(Double.init),
                let s = try? graph.snap(x: x, y: y, mode: r.mode, limit: 500)
            else { continue }
            boxes.append(s)
        }
        let owners = PatrolRegion.owners(boxes: boxes, targets: snapped.map(\.snap), graph: graph, mode: r.mode)
        let kept = zip(snapped, owners).filter { $0.1 == 0 }.map(\.0)
        let outline =
            kept.isEmpty ? nil : try PatrolRegion.outline(centres: kept.map { ($0.cell.x, $0.cell.y) }, cell: inputs.cell)
        return (kept, outline, unsnapped, snapped.count - kept.count)
    }
}
