import Foundation

/// The Chao, Golden & Wasil (1996) benchmark format: lines `n N`, `m M` (vehicles),
/// `tmax T` (budget), then N rows `x y score`; row 0 is the start and row N−1 the end (they
/// may differ), travel is the unrounded Euclidean distance and there are no service times.
/// Node i of the instance is the i-th of the N rows, counted from 0.
extension TOPInstance {
    /// Parses the text of a CGW file; errors read `name:line: what is wrong`.
    public static func parseCGW(_ text: String, name: String = "<input>") throws -> TOPInstance {
        let lines = text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }
        ).map {
            $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
        }
        var at = 0
        let lastFilled = lines.lastIndex { !$0.isEmpty } ?? -1
        func fail(_ line: Int, _ message: String) -> TOPError { TOPError("\(name):\(line + 1): \(message)") }
        func nextLine() -> Int? {
            while at < lines.count, lines[at].isEmpty { at += 1 }
            guard at < lines.count else { return nil }
            defer { at += 1 }
            return at
        }
        func header(_ key: String) throws -> Double {
            guard let i = nextLine() else { throw fail(lastFilled + 1, "missing the `\(key) …` line") }
            let fields = lines[i]
            guard fields.count == 2, fields[0] == key else {
                throw fail(i, "expected `\(key) <number>`, found `\(fields.joined(separator: " "))`")
            }
            guard let value = Double(fields[1]), value.isFinite else {
                throw fail(i, "`\(fields[1])` is not a number")
            }
            return value
        }
        let n = try header("n")
        guard n >= 1, n == n.rounded(), n < 1_000_000 else {
            throw fail(at - 1, "n must be a whole number ≥ 1")
        }
        let m = try header("m")
        guard m >= 0, m == m.rounded(), m < 10_000 else { throw fail(at - 1, "m must be a whole number ≥ 0") }
        let tmax = try header("tmax")
        guard tmax >= 0 else { throw fail(at - 1, "tmax must be ≥ 0") }
        var x: [Double] = []
        var y: [Double] = []
        var scores: [Double] = []
        while let i = nextLine() {
            let fields = lines[i]
            guard x.count < Int(n) else { throw fail(i, "more than n = \(Int(n)) node rows") }
            guard fields.count == 3 else {
                throw fail(i, "expected `x y score`, found \(fields.count) field(s)")
            }
            let values = try fields.map { field -> Double in
                guard let v = Double(field), v.isFinite else { throw fail(i, "`\(field)` is not a number") }
                return v
            }
            guard values[2] >= 0 else { throw fail(i, "score \(fields[2]) is negative") }
            x.append(values[0])
            y.append(values[1])
            scores.append(values[2])
        }
        guard x.count == Int(n) else {
            throw TOPError("\(name): \(x.count) node rows, but n = \(Int(n))")
        }
        do {
            return try TOPInstance(
                x: x, y: y, scores: scores, start: 0, end: Int(n) - 1, vehicles: Int(m), budget: tmax)
        } catch let error as TOPError {
            throw TOPError("\(name): \(error.description)")
        }
    }

    /// Reads and parses a CGW file.
    public static func readCGW(path: String) throws -> TOPInstance {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw TOPError("\(path): cannot read (\(error.localizedDescription))")
        }
        return try parseCGW(text, name: path)
    }
}
