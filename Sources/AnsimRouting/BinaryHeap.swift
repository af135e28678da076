/// A binary min-heap of (cost, vertex) with lazy deletion: a vertex may be pushed again
/// with a lower cost; stale entries are skipped by the caller when popped.
struct BinaryHeap {
    private(set) var keys: [Double] = []
    private(set) var values: [Int32] = []

    var isEmpty: Bool { keys.isEmpty }
    var minimum: Double { keys.isEmpty ? .infinity : keys[0] }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
    }

    mutating func push(_ key: Double, _ value: Int32) {
        keys.append(key)
        values.append(value)
        var i = keys.count - 1
        while i > 0 {
            let parent = (i - 1) >> 1
            guard key < keys[parent] else { break }
            keys[i] = keys[parent]
            values[i] = values[parent]
            i = parent
        }
        keys[i] = key
        values[i] = value
    }

    mutating func pop() -> (key: Double, value: Int32) {
        let top = (keys[0], values[0])
        let lastKey = keys.removeLast()
        let lastValue = values.removeLast()
        let n = keys.count
        guard n > 0 else { return top }
        var i = 0
        while true {
            var child = 2 * i + 1
            guard child < n else { break }
            if child + 1 < n && keys[child + 1] < keys[child] { child += 1 }
            guard keys[child] < lastKey else { break }
            keys[i] = keys[child]
            values[i] = values[child]
            i = child
        }
        keys[i] = lastKey
        values[i] = lastValue
        return top
    }
}
