/// Binary contiguity weights on a rectangular grid of `rows × cols` cells, stored row-major
/// (index = row·cols + col, the layout of ``Grid``).
///
/// Two cells are neighbours when they share an edge (rook) or an edge or a corner (queen);
/// a cell is never its own neighbour here (Gi* adds the self weight itself). This is the
/// matrix PySAL builds with `libpysal.weights.lat2W(rows, cols, rook:)`, whose observation
/// `row·cols + col` is our cell (row, col) — but nothing is stored: neighbours are computed
/// from the index, so a 1,000 × 1,000 grid costs no memory and iteration is a few adds.
/// Interior cells have 8 (queen) or 4 (rook) neighbours; border and corner cells fewer;
/// a 1 × 1 grid's single cell has none.
public struct GridWeights: Sendable, Equatable, Hashable {
    /// Which cells touch.
    public enum Contiguity: String, Sendable, CaseIterable {
        /// Cells sharing an edge or a corner (up to 8 neighbours).
        case queen
        /// Cells sharing an edge (up to 4 neighbours).
        case rook
    }

    public let rows: Int
    public let cols: Int
    public let contiguity: Contiguity

    public init(rows: Int, cols: Int, contiguity: Contiguity = .queen) {
        precondition(rows > 0 && cols > 0, "a grid needs at least one cell")
        self.rows = rows
        self.cols = cols
        self.contiguity = contiguity
    }

    /// The weights of a ``Grid``'s cells.
    public init(grid: Grid, contiguity: Contiguity = .queen) {
        self.init(rows: grid.rows, cols: grid.cols, contiguity: contiguity)
    }

    /// Number of cells.
    public var count: Int { rows * cols }

    /// The largest number of neighbours a cell can have (8 for queen, 4 for rook).
    public var maxCardinality: Int { contiguity == .queen ? 8 : 4 }

    /// Number of neighbours of a cell (itself excluded).
    @inline(__always)
    public func cardinality(_ index: Int) -> Int {
        let r = index / cols
        let c = index - r * cols
        let vertical = (r > 0 ? 1 : 0) + (r < rows - 1 ? 1 : 0)
        let horizontal = (c > 0 ? 1 : 0) + (c < cols - 1 ? 1 : 0)
        return contiguity == .queen
            ? (vertical + 1) * (horizontal + 1) - 1 : vertical + horizontal
    }

    /// Calls `body` with each neighbour of a cell, in increasing index order.
    @inline(__always)
    public func forEachNeighbour(of index: Int, _ body: (Int) -> Void) {
        let r = index / cols
        let c = index - r * cols
        let c0 = c > 0 ? c - 1 : c
        let c1 = c < cols - 1 ? c + 1 : c
        for rr in (r > 0 ? r - 1 : r)...(r < rows - 1 ? r + 1 : r) {
            if rr == r {
                if c > 0 { body(index - 1) }
                if c < cols - 1 { body(index + 1) }
            } else if contiguity == .rook {
                body(rr * cols + c)
            } else {
                for cc in c0...c1 { body(rr * cols + cc) }
            }
        }
    }

    /// The neighbours of a cell, in increasing index order.
    public func neighbours(of index: Int) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(maxCardinality)
        forEachNeighbour(of: index) { out.append($0) }
        return out
    }

    /// Number of neighbours of every cell.
    public func cardinalities() -> [Int] {
        (0..<count).map(cardinality)
    }
}
