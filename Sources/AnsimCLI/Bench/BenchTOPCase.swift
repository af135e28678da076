import AnsimPatrol
import AnsimSupport
import Foundation

/// One instance of `ansim bench top`: a Chao benchmark file with its best-known score, or a
/// generated unseen one (no best-known score; compared with OR-Tools at its longest limit).
struct BenchTOPCase {
    /// The instance's name (p1.2.d, or u100.3.90 for generated ones).
    let name: String
    /// Set1…Set6, or "unseen".
    let set: String
    /// The CGW file.
    let path: String
    /// The best-known score from bks.csv, nil for generated instances.
    let bestKnown: Double?

    /// The TOP folder: $ANSIM_DATA/top, else shared/data/top beside an ancestor of the
    /// current folder or of the executable (../shared/data from the checkout).
    static func folder() throws -> String {
        let fm = FileManager.default
        if let data = ProcessInfo.processInfo.environment["ANSIM_DATA"], !data.isEmpty {
            guard fm.fileExists(atPath: data + "/top/bks.csv") else {
                throw AnsimError("ANSIM_DATA=\(data) has no top/bks.csv")
            }
            return data + "/top"
        }
        var starts = [URL(fileURLWithPath: fm.currentDirectoryPath)]
        starts.append(URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath())
        for start in starts {
            var dir = start
            while dir.path != "/" {
                let candidate = dir.appendingPathComponent("shared/data/top").path
                if fm.fileExists(atPath: candidate + "/bks.csv") { return candidate }
                dir.deleteLastPathComponent()
            }
        }
        throw AnsimError("cannot find shared/data/top/bks.csv above the current folder; set ANSIM_DATA")
    }

    /// The benchmark instances of `sets` listed in bks.csv, every `sample`-th one.
    static func benchmark(folder: String, sets: [Int], sample: Int) throws -> [BenchTOPCase] {
        let path = folder + "/bks.csv"
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline)
        guard lines.first?.hasPrefix("instance,n,m,tmax,best_known,file") == true else {
            throw AnsimError("\(path):1: expected the header instance,n,m,tmax,best_known,file")
        }
        var out: [BenchTOPCase] = []
        for (i, line) in lines.dropFirst().enumerated() {
            let f = line.split(separator: ",").map(String.init)
            guard f.count == 6, let bks = Double(f[4]) else { throw AnsimError("\(path):\(i + 2): bad row") }
            let set = String(f[5].prefix { $0 != "/" })
            guard let number = Int(set.dropFirst(3)), sets.contains(number) else { continue }
            out.append(BenchTOPCase(name: f[0], set: set, path: folder + "/" + f[5], bestKnown: bks))
        }
        return stride(from: 0, to: out.count, by: max(1, sample)).map { out[$0] }
    }

    /// `count` generated 100-customer instances written as CGW files into `folder`:
    /// alternately uniform and clustered, with (vehicles, tmax) cycling through Chao-like
    /// pairs for a 100 × 100 square; seeded by `seed`.
    static func unseen(count: Int, seed: UInt64, folder: String) throws -> [BenchTOPCase] {
        let shapes: [(Int, Double)] = [(2, 120), (3, 90), (4, 70), (4, 110), (2, 80), (3, 130)]
        return try (0..<count).map { i in
            let layout: TOPGenerator.Layout = i % 2 == 0 ? .uniform : .clustered
            let (m, tmax) = shapes[(i / 2) % shapes.count]
            let name = "\(layout == .uniform ? "u" : "c")100.\(m).\(Int(tmax)).s\(seed &+ UInt64(i))"
            let text = TOPGenerator.cgw(
                seed: seed &+ UInt64(i), customers: 100, layout: layout, vehicles: m, budget: tmax,
                sameDepot: i % 4 >= 2)
            let path = folder + "/" + name + ".txt"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return BenchTOPCase(name: name, set: "unseen", path: path, bestKnown: nil)
        }
    }
}
