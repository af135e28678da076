import AnsimLinks
import AnsimLinksStore
import AnsimStore
import ArgumentParser
import Foundation

/// `ansim bench links`: the link graph beside networkx on the same generated graph.
struct BenchLinks: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "Link graph load, k-hop and PageRank times beside networkx on one synthetic graph.",
        discussion: """
            Generates a seeded voice-phishing-shaped graph (LinkSynth; --persons background \
            people, about 4.5 entities and, with the default --calls 36, about 10 links each per \
            entity), builds the CSR graph, runs k-hop neighbourhoods (either direction, all link \
            kinds) from 10 seeded entities and PageRank (α 0.85, L1 change < 1e-6·n, networkx's \
            stopping rule), then writes the edge list and runs scripts/bench/links_networkx.py \
            with $ANSIM_NX_PYTHON (default /tmp/nx/bin/python; networkx 3.2.1) on the same \
            links. Reading the file is not timed on either side. --persons 220000 gives about \
            1 M entities / 10 M links. --no-reference: Ansim alone. --database: the graph \
            is stored with `ansim synth links`'s loader (replacing the synthetic graph of the \
            database) and Ansim's "load" is reading it back from PostgreSQL into the CSR \
            graph (LinksStore.loadGraph), not building it from the generator's arrays.
            """)

    @Option(help: "Background persons.") var persons = 20_000
    @Option(help: "Calls each background person makes.") var calls = 36
    @Option(help: "Hops of the neighbourhoods.") var hops = 2
    @Option(help: "Seed.") var seed: UInt64 = 42
    @Flag(help: "Run Ansim only.") var noReference = false
    @Flag(help: "Store the graph in PostgreSQL and time reading it back (replaces the synthetic graph).")
    var database = false

    func run() throws {
        var clock = ContinuousClock.now
        func lap() -> Double {
            let now = ContinuousClock.now
            defer { clock = now }
            let d = now - clock
            return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        }
        let out = LinkSynth.generate(
            LinkSynth.Config(seed: seed, persons: persons, rings: max(1, persons / 1_000), callsPerPerson: calls,
                             transfersPerPerson: 6))
        let generate = lap()
        var g = out.graph()
        var load = lap()
        if database {
            let c = try Database.connect()
            _ = lap()
            let stored = try LinksStore.replaceSynthetic(out, on: c)
            let store = lap()
            g = try LinksStore.loadGraph(on: c).graph
            load = lap()
            print(String(format: "  PostgreSQL: stored %d entities, %d links in %.2f s (binary COPY); read back in %.2f s",
                stored.entities, stored.links, store, load))
        }
        var rng = LinkRandom(seed: seed, stream: "bench")
        let sources = (0..<10).map { _ in Int(rng.below(UInt64(g.entityCount))) }
        let reached = sources.map { g.neighbourhood(of: $0, hops: hops).entities.count }
        let khop = lap() / Double(sources.count)
        let (_, iterations) = g.pageRank(tolerance: 1e-6)
        let pagerank = lap()
        print("links: \(g.entityCount) entities, \(g.linkCount) links (synthetic, seed \(seed); generated in "
            + String(format: "%.2f s)", generate))
        print(String(format: "  Ansim     load %.3f s   %d-hop %.4f s (mean of 10; reached %@)   PageRank %.3f s (%d iterations)",
            load, hops, khop, reached.map(String.init).joined(separator: ","), pagerank, iterations))
        guard !noReference else { return }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ansim-bench-links-\(getpid()).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var text = "\(g.entityCount)\n"
        text.reserveCapacity(g.linkCount * 16)
        for j in 0..<g.linkCount { text += "\(g.source[j]) \(g.target[j])\n" }
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let python = ProcessInfo.processInfo.environment["ANSIM_NX_PYTHON"] ?? "/tmp/nx/bin/python"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = ["scripts/bench/links_networkx.py", path, String(hops), sources.map(String.init).joined(separator: ",")]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0,
            let r = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let nl = r["load_s"] as? Double, let nk = r["khop_s"] as? Double, let np = r["pagerank_s"] as? Double
        else { throw ValidationError("networkx reference failed (\(python))") }
        print(String(format: "  networkx  load %.3f s   %d-hop %.4f s (reached %@)   PageRank %.3f s   (networkx %@)",
            nl, hops, nk, (r["reached"] as? [Int] ?? []).map(String.init).joined(separator: ","), np,
            r["networkx"] as? String ?? "?"))
        print(String(format: "  ratio (networkx / Ansim): load %.1f×, k-hop %.1f×, PageRank %.1f×", nl / load, nk / khop, np / pagerank))
    }
}
