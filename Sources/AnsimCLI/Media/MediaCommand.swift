import AnsimMedia
import ArgumentParser
import Foundation

/// `ansim media`: PDQ hashes of images and the protected-media match.
struct MediaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "media",
        abstract: "Re-upload detection: PDQ hashes, protected media, matches (docs/MEDIA.md).",
        discussion: """
            PDQ is Meta's perceptual image hash (ThreatExchange): 256 bits printed as 64 hex \
            characters, and a quality of 0–100 (below about 50 the image is too flat to \
            hash reliably). Two hashes within 31 bits are the customary match. JPEG and PNG \
            are read; videos too (their keyframes, decoded by ffmpeg). Media are never \
            stored, only their hashes.
            """,
        subcommands: [MediaHash.self, MediaRegister.self, MediaMatchCommand.self])
}

/// `ansim media hash FILE…`.
struct MediaHash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hash",
        abstract:
            "Print each image's PDQ hash (64 hex) and quality (0–100); for a video, each kept keyframe's.",
        discussion: """
            One line per image: `<hash> <quality>` (with the file name when several are given). \
            A video (recognised by its first bytes; needs ffmpeg) prints one line per kept keyframe: \
            `<hash> <quality> <seconds>`, and a summary of the keyframes on standard error.
            """)

    @Argument(help: "JPEG or PNG images, or videos.") var files: [String]
    @Flag(help: "One JSON object per file: file, pdq, quality, width, height.") var json = false
    @Flag(help: "Also print the hashes of the 8 rotations/flips (original first).") var dihedral = false

    func run() throws {
        for file in files {
            if Media.isVideo(file: file) {
                try printVideo(file)
                continue
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw MediaError.unreadable(file)
            }
            let image = try ImageDecoder.decode([UInt8](data))
            guard image.width >= 5, image.height >= 5 else {
                throw MediaError.tooSmall(width: image.width, height: image.height)
            }
            let luma = LumaImage(width: image.width, height: image.height, rgb: image.rgb)
            let (hashes, quality) =
                dihedral
                ? PDQHasher.dihedralHashes(luma)
                : {
                    let r = PDQHasher.hash(luma)
                    return ([r.hash], r.quality)
                }()
            if json {
                var object: [String: Any] = [
                    "file": file, "pdq": hashes[0].hex, "quality": quality, "width": image.width,
                    "height": image.height,
                ]
                if dihedral { object["dihedral"] = hashes.map(\.hex) }
                let text = try JSONSerialization.data(
                    withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                print(String(decoding: text, as: UTF8.self))
            } else {
                let suffix = files.count > 1 ? " \(file)" : ""
                print("\(hashes[0].hex) \(quality)\(suffix)")
                if dihedral {
                    for (variant, hash) in zip(DihedralVariant.allCases, hashes).dropFirst() {
                        print("  \(hash.hex) \(variant)")
                    }
                }
            }
        }
    }

    /// One line (or JSON object) per kept keyframe; the summary on standard error.
    private func printVideo(_ file: String) throws {
        let video = try Media.hash(videoFile: file)
        FileHandle.standardError.write(Data("\(file): \(video.summary)\n".utf8))
        for frame in video.frames {
            if json {
                var object: [String: Any] = [
                    "file": file, "pdq": frame.hash.hex, "quality": frame.quality, "kind": "video_frame",
                    "width": video.width, "height": video.height,
                ]
                object["seconds"] = frame.seconds.map { $0 as Any } ?? NSNull()
                let text = try JSONSerialization.data(
                    withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                print(String(decoding: text, as: UTF8.self))
            } else {
                let suffix = files.count > 1 ? " \(file)" : ""
                print("\(frame.hash.hex) \(frame.quality) \(MediaFileInput.time(frame.seconds))\(suffix)")
            }
        }
    }
}
