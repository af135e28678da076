extension SimpleGraph {
    /// Connected components: `label[v]` is the component of node `v`, numbered 0, 1, …
    /// by their smallest node.
    public func components() -> [Int32] {
        var label = [Int32](repeating: -1, count: nodeCount)
        var next: Int32 = 0
        var stack: [Int] = []
        for s in 0..<nodeCount where label[s] < 0 {
            label[s] = next
            stack.append(s)
            while let v = stack.popLast() {
                for u in neighbours(v) where label[Int(u)] < 0 {
                    label[Int(u)] = next
                    stack.append(Int(u))
                }
            }
            next += 1
        }
        return label
    }
}

/// Helpers on partitions (a label per node).
public enum Partition {
    /// The groups of a labelling, each ascending, largest first (ties: smallest first member).
    public static func groups(_ label: [Int32]) -> [[Int]] {
        var byLabel: [Int32: [Int]] = [:]
        for (v, l) in label.enumerated() { byLabel[l, default: []].append(v) }
        return byLabel.values.sorted { ($0.count, -$0[0]) > ($1.count, -$1[0]) }
    }
}
