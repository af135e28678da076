import AnsimMedia
import AnsimMediaService
import ArgumentParser

/// `ansim media register FILE|HASH --case REF --as USER`.
struct MediaRegister: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract:
            "Register a victim's protected media by its hash (the image or video is hashed and not kept).",
        discussion: """
            An image also stores the hashes of 14 derived crops of itself (centred 5 % and 10 %, \
            5 % and 10 % off each side, 5 % off each corner) so that cropped copies match; a video \
            stores its kept keyframes' hashes (media kind video_frame, with their times). \
            docs/MEDIA.md explains both.
            """)

    @Argument(help: "A JPEG/PNG image, a video, or a 64-hex PDQ hash.") var input: String
    @Option(name: .customLong("case"), help: "The case's pseudonymous reference.") var caseRef: String
    @OptionGroup var actor: MediaActor

    func run() throws {
        let media = try MediaFileInput(input)
        let hashes: [MediaStore.NewProtected]
        if let video = media.video {
            guard !media.frames.isEmpty else {
                throw ValidationError(
                    "\(input): no keyframe of quality ≥ \(VideoHashes.minimumQuality) to register (\(video.summary))"
                )
            }
            hashes = media.frames.map {
                MediaStore.NewProtected(
                    $0.hash, quality: $0.quality, kind: "video_frame", frameSeconds: $0.seconds)
            }
        } else if let image = media.image {
            hashes = ReferenceVariant.references(image).map {
                MediaStore.NewProtected($0.hash, quality: $0.quality, variant: $0.variant.rawValue)
            }
        } else {
            hashes = media.frames.map { MediaStore.NewProtected($0.hash, quality: $0.quality) }
        }
        let results = try actor.run { c in try MediaStore.register(hashes, caseRef: caseRef, on: c) }
        for (n, (row, created)) in results.enumerated() {
            let quality = row.quality.map(String.init) ?? "-"
            let verb = created ? "registered" : "already registered"
            if row.mediaKind == "video_frame" {
                print(
                    "\(verb) \(row.id): \(row.pdq) \(quality) at \(MediaFileInput.time(row.frameSeconds)) s case \(row.caseRef)"
                )
            } else if n == 0 {
                print("\(verb) \(row.id): \(row.pdq) \(quality) case \(row.caseRef)")
            } else {
                print("  \(verb) \(row.id): \(row.pdq) \(quality) \(row.variant)")
            }
        }
    }
}
