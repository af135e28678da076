import AnsimPatrol
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim bench top`: Ansim's TOP solver on the Chao benchmark beside OR-Tools.
struct BenchTOP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "top",
        abstract: "Team orienteering: score ratio to best-known on the Chao benchmark, beside OR-Tools.",
        discussion: """
            Solves the Chao, Golden & Wasil (1996) instances of --sets listed in bks.csv \
            ($ANSIM_DATA/top, else ../shared/data/top) with Ansim's solver at --time-limit \
            nominal seconds (2 parallel searches, seed --seed), re-checks every plan with the \
            independent checker, and prints the mean score ratio to the best-known score per set. \
            Beside it, OR-Tools' routing solver (scripts/bench/top_ortools.py in .venv-ref: \
            disjunctions with penalty = score, time dimension = tmax, guided local search, one \
            thread) at each --reference-limits, its routes re-checked on unrounded distances. \
            --unseen generated 100-customer instances (uniform and clustered, seeded) check for \
            overfitting; having no best-known score they are compared with OR-Tools at its \
            longest limit. Goal: ≥ 99 % of best-known at 1 s. The full run takes about \
            267 × (1 + 1 + 10) s ≈ 53 min; --sample K takes every K-th instance.
            """
    )

    @Option(help: "Benchmark sets, comma-separated.")
    var sets = "1,2,3,5,6"

    @Option(help: "Ansim's nominal seconds per instance (a deterministic work budget).")
    var timeLimit = 1.0

    @Option(help: "OR-Tools time limits in seconds, comma-separated.")
    var referenceLimits = "1,10"

    @Option(help: "Take every K-th instance of bks.csv.")
    var sample = 1

    @Option(help: "Generated unseen 100-customer instances.")
    var unseen = 8

    @Option(help: "Seed of Ansim's solver and of the unseen instances.")
    var seed: UInt64 = 1

    @Flag(help: "Skip OR-Tools.")
    var noReference = false

    @Flag(help: "Smoke run: 5 instances and 2 unseen ones at 0.2 s each.")
    var quick = false

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let setNumbers = try sets.split(separator: ",").map { part -> Int in
            guard let n = Int(part.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--sets: `\(part)` is not a set number")
            }
            return n
        }
        let limits = try referenceLimits.split(separator: ",").map { part -> Double in
            guard let v = Double(part), v > 0 else {
                throw ValidationError("--reference-limits: bad `\(part)`")
            }
            return v
        }
        let folder = try BenchTOPCase.folder()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ansim-bench-top-\(getpid())"
        ).path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var cases = try BenchTOPCase.benchmark(folder: folder, sets: setNumbers, sample: quick ? 53 : sample)
        cases += try BenchTOPCase.unseen(count: quick ? 2 : unseen, seed: seed, folder: scratch)
        let ansimLimit = quick ? 0.2 : timeLimit
        let orLimits = quick ? [0.2] : limits
        let reference = noReference ? nil : try BenchAnalyticsReference.locate()
        var rows: [BenchTOPRow] = []
        for (k, item) in cases.enumerated() {
            let instance = try TOPInstance.readCGW(path: item.path)
            let ansim = BenchTOPResult.ansim(instance, timeLimit: ansimLimit, seed: seed)
            let others =
                try reference.map { ref in
                    try orLimits.map {
                        try BenchTOPResult.ortools(ref, instance, path: item.path, timeLimit: $0)
                    }
                } ?? []
            rows.append(BenchTOPRow(item: item, ansim: ansim, reference: others))
            FileHandle.standardError.write(
                Data("[\(k + 1)/\(cases.count)] \(rows.last!.progressLine)\n".utf8))
        }
        let report = BenchTOPReport(
            rows: rows, ansimLimit: ansimLimit, referenceLimits: noReference ? [] : orLimits)
        print(json ? report.json() : report.text())
    }
}
