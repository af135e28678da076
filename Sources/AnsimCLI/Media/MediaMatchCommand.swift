import AnsimMedia
import AnsimMediaService
import ArgumentParser

/// `ansim media match FILE|HASH --as USER [--max-distance 31]`.
struct MediaMatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Check an image or hash against the protected media (nothing is recorded).",
        discussion: "Prints one line per protected hash within the distance: distance, id, case, hash; "
            + "exit status 0 either way.")

    @Argument(help: "A JPEG/PNG file or a 64-hex PDQ hash.") var input: String
    @Option(help: "Largest Hamming distance that counts as a match.") var maxDistance = 31
    @OptionGroup var actor: MediaActor

    func run() throws {
        guard (0...256).contains(maxDistance) else { throw ValidationError("--max-distance must be 0…256") }
        let hashed = try MediaCommand.hash(of: input)
        let found = try actor.run { c -> [(MediaStore.Protected, Int)] in
            let all = try MediaStore.protectedHashes(on: c)
            let index = PDQIndex(all.map(\.hash))
            let hits = index.query(hashed.hash, maxDistance: maxDistance)
            let rows = try MediaStore.protected(ids: hits.map { all[$0.id].id }, purpose: actor.purpose, on: c)
            let distance = Dictionary(uniqueKeysWithValues: hits.map { (all[$0.id].id, $0.distance) })
            return rows.map { ($0, distance[$0.id]!) }.sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }
        }
        let quality = hashed.quality.map { " quality \($0)" } ?? ""
        print("\(hashed.hash.hex)\(quality): \(found.count) protected match(es) within \(maxDistance) bits")
        for (row, d) in found {
            print("  \(d) bits  id \(row.id)  case \(row.caseRef)  \(row.pdq)")
        }
    }
}
