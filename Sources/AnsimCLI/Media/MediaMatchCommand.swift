import AnsimMedia
import AnsimMediaService
import ArgumentParser

/// `ansim media match FILE|HASH --as USER [--max-distance 31]`.
struct MediaMatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Check an image, a video or a hash against the protected media (nothing is recorded).",
        discussion: "Prints one line per protected hash within the distance: distance, id, case, hash "
            + "(and the protected hash's variant or keyframe time); a video is checked keyframe by keyframe. "
            + "Exit status 0 either way.")

    @Argument(help: "A JPEG/PNG image, a video, or a 64-hex PDQ hash.") var input: String
    @Option(help: "Largest Hamming distance that counts as a match.") var maxDistance = 31
    @OptionGroup var actor: MediaActor

    func run() throws {
        guard (0...256).contains(maxDistance) else { throw ValidationError("--max-distance must be 0…256") }
        let media = try MediaFileInput(input)
        let found = try actor.run { c -> [[(MediaStore.Protected, Int)]] in
            let all = try MediaStore.protectedHashes(on: c)
            let index = PDQIndex(all.map(\.hash))
            return try media.frames.map { frame in
                let hits = index.query(frame.hash, maxDistance: maxDistance)
                let rows = try MediaStore.protected(
                    ids: hits.map { all[$0.id].id }, purpose: actor.purpose, on: c)
                let distance = Dictionary(uniqueKeysWithValues: hits.map { (all[$0.id].id, $0.distance) })
                return rows.map { ($0, distance[$0.id]!) }.sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }
            }
        }
        if let video = media.video {
            let hit = found.filter { !$0.isEmpty }.count
            print(
                "\(input): \(video.summary); \(hit) keyframe(s) with protected match(es) within \(maxDistance) bits"
            )
        }
        for (frame, rows) in zip(media.frames, found) {
            let quality = frame.quality.map { " quality \($0)" } ?? ""
            let at = media.video != nil ? " at \(MediaFileInput.time(frame.seconds)) s" : ""
            print(
                "\(frame.hash.hex)\(quality)\(at): \(rows.count) protected match(es) within \(maxDistance) bits"
            )
            for (row, d) in rows {
                let what =
                    row.mediaKind == "video_frame"
                    ? "  video frame \(MediaFileInput.time(row.frameSeconds)) s"
                    : (row.variant == "original" ? "" : "  \(row.variant)")
                print("  \(d) bits  id \(row.id)  case \(row.caseRef)  \(row.pdq)\(what)")
            }
        }
    }
}
