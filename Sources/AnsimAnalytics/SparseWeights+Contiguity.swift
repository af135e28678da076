import AnsimGeo

extension SparseWeights {
    /// Contiguity of areas (행정동, police-box jurisdictions) from their polygons, through GEOS.
    ///
    /// - queen: two areas are neighbours when their closed polygons share at least one point
    ///   (GEOS `intersects`).
    /// - rook: when they share a boundary line of positive length (the DE-9IM intersection of
    ///   the two has dimension ≥ 1; a single corner point is not enough).
    ///
    /// On clean polygon data — a tessellation whose neighbours share their boundary vertices —
    /// this is libpysal 4.14 `Queen.from_dataframe` / `Rook.from_dataframe` (which compare
    /// vertices and edges: a shared vertex for queen, a shared edge for rook). Where the data
    /// are not clean, GEOS's geometric answer differs from libpysal's vertex matching: a vertex
    /// lying on a neighbour's edge (a T-junction) is contact here and not there, and
    /// overlapping areas are neighbours here whatever their vertices.
    ///
    /// `tolerance` (metres, in the units of the projected CRS; default 0) bridges the slivers
    /// and gaps of real boundary files: with tolerance t > 0, queen neighbours are areas within
    /// distance t of each other (GEOS `DistanceWithin`), and rook neighbours are areas within
    /// t that share a boundary line once either one's vertices are snapped to the other's
    /// within t (GEOS `GEOSSnap`, PostGIS `ST_Snap`, tried both ways). Candidates come from a
    /// sweep over bounding boxes widened by t, so only nearby pairs reach GEOS: a few thousand
    /// areas take well under a second.
    ///
    /// Every geometry must be a non-empty, valid Polygon or MultiPolygon; otherwise a one-line
    /// ``AnalyticsError`` names the observation (index, and id when `ids` are given). Areas
    /// that touch nothing are islands (see ``SparseWeights``).
    public static func contiguity(
        _ areas: [Geometry], rule: GridWeights.Contiguity = .queen, tolerance: Double = 0,
        ids: [String] = []
    ) throws(AnalyticsError) -> SparseWeights {
        precondition(ids.isEmpty || ids.count == areas.count, "one id per area")
        guard tolerance >= 0, tolerance.isFinite else {
            throw AnalyticsError("contiguity: the snapping tolerance must be ≥ 0 metres, not \(tolerance)")
        }
        let name = { (i: Int) in ids.isEmpty ? "observation \(i)" : "observation \(i) (id \(ids[i]))" }
        var boxes: [Envelope] = []
        boxes.reserveCapacity(areas.count)
        for (i, area) in areas.enumerated() {
            guard area.isPolygonal else {
                throw AnalyticsError("\(name(i)) is a \(area.typeName), not a Polygon or MultiPolygon")
            }
            guard let box = area.envelope else { throw AnalyticsError("\(name(i)) is an empty polygon") }
            guard area.isValid else {
                throw AnalyticsError("\(name(i)) is not a valid polygon: \(area.validityReason)")
            }
            boxes.append(box)
        }
        var lists = [[Int]](repeating: [], count: areas.count)
        for (i, candidates) in boxCandidates(boxes, margin: tolerance).enumerated() where !candidates.isEmpty
        {
            do {
                let prepared = try PreparedGeometry(areas[i])
                for j in candidates {
                    let near =
                        tolerance > 0
                        ? try prepared.isWithinDistance(tolerance, of: areas[j])
                        : try prepared.intersects(areas[j])
                    guard near else { continue }
                    if rule == .rook {
                        guard try sharesLine(areas[i], areas[j], tolerance: tolerance) else { continue }
                    }
                    lists[i].append(j)
                    lists[j].append(i)
                }
            } catch {
                throw AnalyticsError("contiguity of \(name(i)): \(error)")
            }
        }
        return try SparseWeights(neighbours: lists, ids: ids)
    }

    /// Rook contact: the closed areas meet in a line (or overlap), directly or after snapping
    /// either one to the other within `tolerance`.
    private static func sharesLine(_ a: Geometry, _ b: Geometry, tolerance: Double) throws -> Bool {
        if try a.intersectionDimension(b) >= 1 { return true }
        guard tolerance > 0 else { return false }
        // A snapped ring may fold onto itself; if GEOS cannot relate it, that way finds no line.
        if (try? b.snapped(to: a, tolerance: tolerance).intersectionDimension(a)) ?? -1 >= 1 { return true }
        return (try? a.snapped(to: b, tolerance: tolerance).intersectionDimension(b)) ?? -1 >= 1
    }

    /// For each box i, the boxes j > i whose extents, each widened by `margin`, overlap it:
    /// a sweep over the boxes sorted by their western edge (sweep and prune).
    static func boxCandidates(_ boxes: [Envelope], margin: Double) -> [[Int]] {
        let order = boxes.indices.sorted { boxes[$0].minX < boxes[$1].minX }
        var out = [[Int]](repeating: [], count: boxes.count)
        for (k, i) in order.enumerated() {
            let a = boxes[i]
            for j in order[(k + 1)...] {
                let b = boxes[j]
                if b.minX > a.maxX + margin { break }
                guard b.minY <= a.maxY + margin, a.minY <= b.maxY + margin else { continue }
                out[min(i, j)].append(max(i, j))
            }
        }
        return out.map { $0.sorted() }
    }
}
