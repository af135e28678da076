import AnsimAnalytics

extension HotspotGrid {
    /// Queen contiguity among the area's cells only: cells outside the boundary (the river,
    /// the next 구) take no part in Gi* or Local Moran — neither as observations nor as
    /// neighbours — as in a fishnet clipped to the study area. A cell whose neighbours all
    /// lie outside is an island (Gi* on itself alone; Moran I = 0, p = 1).
    func weights() throws -> SparseWeights {
        let full = GridWeights(grid: grid, contiguity: .queen)
        var position = [Int32](repeating: -1, count: grid.count)
        for (k, i) in cells.enumerated() { position[i] = Int32(k) }
        let lists = cells.map { i -> [Int] in
            var out: [Int] = []
            full.forEachNeighbour(of: i) { j in
                if position[j] >= 0 { out.append(Int(position[j])) }
            }
            return out
        }
        let ids = cells.map { "row \($0 / grid.cols), col \($0 % grid.cols)" }
        return try SparseWeights(neighbours: lists, ids: ids)
    }
}
