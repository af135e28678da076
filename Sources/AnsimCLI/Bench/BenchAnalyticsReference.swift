import AnsimSupport
import Foundation

/// The Python reference timers of `ansim bench analytics` (scripts/bench/*.py), run in the
/// pinned environment of scripts/reference-env.sh (.venv-ref: numpy, scipy, esda, libpysal).
///
/// ``locate()`` runs scripts/reference-env.sh, which is idempotent: it creates .venv-ref
/// (or `ANSIM_REFERENCE_VENV`) and pip-installs the pinned versions when they are missing —
/// a one-off of a minute or two, announced on standard error — and prints the interpreter.
struct BenchAnalyticsReference {
    /// The checkout (the folder with Package.swift and scripts/bench).
    let root: String
    /// The reference interpreter, .venv-ref/bin/python.
    let python: String

    /// What one script printed: its JSON line.
    struct Report {
        let fields: [String: Any]

        /// The script's own timing of the computation ("seconds").
        var seconds: Double { fields["seconds"] as? Double ?? .nan }
        /// The script's peak resident memory ("max_rss_kib"), in bytes.
        var peakBytes: Int? { (fields["max_rss_kib"] as? Int).map { $0 * 1024 } }
    }

    /// Finds the checkout and the reference interpreter, creating .venv-ref if needed.
    static func locate() throws -> BenchAnalyticsReference {
        let env = try PinnedPython.locate(
            .init(
                marker: "scripts/bench/gistar_esda.py", setupScript: "scripts/reference-env.sh",
                overrideVariable: "ANSIM_REFERENCE_VENV", defaultFolder: ".venv-ref",
                name: "Python reference environment", packages: "numpy, scipy, esda, libpysal…",
                hint: ", or pass --no-reference"))
        return BenchAnalyticsReference(root: env.root, python: env.python)
    }

    /// Runs scripts/bench/`script` with `arguments` and returns its JSON line; the wall time
    /// of the whole run (interpreter start, imports, reading and writing files) is `wall`.
    func run(_ script: String, _ arguments: [String]) throws -> (report: Report, wall: Double) {
        let started = ContinuousClock.now
        let result = try Subprocess.run(
            python, [root + "/scripts/bench/" + script] + arguments, directory: root + "/scripts/bench")
        let wall = (ContinuousClock.now - started).seconds
        guard result.status == 0 else {
            throw AnsimError("\(script) failed (exit \(result.status)): \(result.lastLine)")
        }
        let line = result.output.split(whereSeparator: \.isNewline).last { $0.hasPrefix("{") }
        guard let line,
            let fields = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        else { throw AnsimError("\(script) printed no JSON line: \(result.lastLine)") }
        return (Report(fields: fields), wall)
    }

    /// Reads a script's --out file: the named columns of a CSV sorted by row then col, one
    /// line per cell, checked against the expected `rows × cols` layout. NaN is read as NaN
    /// (esda writes it where it divides 0 by 0).
    func readCells(_ path: String, _ names: [String], rows: Int, cols: Int) throws -> [[Double]] {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline)
        guard let header = lines.first?.split(separator: ",").map(String.init),
            let rowAt = header.firstIndex(of: "row"), let colAt = header.firstIndex(of: "col")
        else { throw AnsimError("\(path): no header with row,col") }
        let at = try names.map { name in
            guard let i = header.firstIndex(of: name) else { throw AnsimError("\(path): no column \(name)") }
            return i
        }
        guard lines.count == rows * cols + 1 else {
            throw AnsimError("\(path): \(lines.count - 1) cells, expected \(rows)×\(cols)")
        }
        var out = [[Double]](repeating: [], count: names.count)
        for k in out.indices { out[k].reserveCapacity(rows * cols) }
        for (i, line) in lines.dropFirst().enumerated() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == header.count, Int(fields[rowAt]) == i / cols, Int(fields[colAt]) == i % cols
            else { throw AnsimError("\(path): line \(i + 2) is not cell (\(i / cols), \(i % cols))") }
            for (k, j) in at.enumerated() {
                guard let v = Double(fields[j]) else {
                    throw AnsimError("\(path): line \(i + 2): \"\(fields[j])\" is not a number")
                }
                out[k].append(v)
            }
        }
        return out
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) * 1e-18
    }
}
