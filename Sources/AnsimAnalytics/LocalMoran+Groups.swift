extension LocalMoran {
    /// Cells split into groups that share their permutation draws, by a hash of (cell, seed):
    /// a group's cells are scattered over the grid, and group sizes vary around `size`.
    struct Groups: Sendable {
        let count: Int
        private let key: UInt64
        private let start: [Int]
        private let members: [Int]

        init(cells n: Int, size: Int, seed: UInt64) {
            count = max(1, n / size)
            key = Random.mix(seed ^ 0x5851_F42D_4C95_7F2D)
            var start = [Int](repeating: 0, count: count + 1)
            var groupOf = [Int](repeating: 0, count: n)
            for i in 0..<n {
                groupOf[i] = Int(Self.group(of: i, key: key, count: count))
                start[groupOf[i] + 1] += 1
            }
            for g in 0..<count { start[g + 1] += start[g] }
            var members = [Int](repeating: 0, count: n)
            var next = start
            for i in 0..<n {
                members[next[groupOf[i]]] = i
                next[groupOf[i]] += 1
            }
            self.start = start
            self.members = members
        }

        /// The group of a cell, computed (no table lookup in the draw loop).
        @inline(__always)
        func group(of cell: Int) -> Int { Int(Self.group(of: cell, key: key, count: count)) }

        @inline(__always)
        private static func group(of cell: Int, key: UInt64, count: Int) -> UInt64 {
            ((Random.mix(UInt64(cell) ^ key) >> 32) &* UInt64(count)) >> 32
        }

        /// The cells of group g, in increasing order.
        func cells(of g: Int) -> ArraySlice<Int> { members[start[g]..<start[g + 1]] }
    }
}
