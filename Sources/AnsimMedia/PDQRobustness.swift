/// How often PDQ still matches an image after the edits a re-upload goes through,
/// and how often unrelated images match by accident, on seeded synthetic scenes.
public enum PDQRobustness {
    /// One edit.
    public struct Edit: Sendable {
        public let name: String
        public let apply: @Sendable (ImageDecoder.RGBImage) throws -> ImageDecoder.RGBImage
    }

    /// The edits measured: resizes, JPEG recompression, crops, brightness, and a
    /// resize+recompress combination (a typical messenger re-share).
    public static let edits: [Edit] = [
        Edit(name: "resize 50%") { ImageTransform.resize($0, width: $0.width / 2, height: $0.height / 2) },
        Edit(name: "resize 75%") { ImageTransform.resize($0, width: $0.width * 3 / 4, height: $0.height * 3 / 4) },
        Edit(name: "resize 150%") { ImageTransform.resize($0, width: $0.width * 3 / 2, height: $0.height * 3 / 2) },
        Edit(name: "jpeg q90") { try ImageTransform.recompress($0, quality: 90) },
        Edit(name: "jpeg q70") { try ImageTransform.recompress($0, quality: 70) },
        Edit(name: "jpeg q50") { try ImageTransform.recompress($0, quality: 50) },
        Edit(name: "jpeg q30") { try ImageTransform.recompress($0, quality: 30) },
        Edit(name: "crop 2%") { ImageTransform.crop($0, fraction: 0.02) },
        Edit(name: "crop 3%") { ImageTransform.crop($0, fraction: 0.03) },
        Edit(name: "crop 4%") { ImageTransform.crop($0, fraction: 0.04) },
        Edit(name: "crop 5%") { ImageTransform.crop($0, fraction: 0.05) },
        Edit(name: "brightness +12") { ImageTransform.brighten($0, by: 12) },
        Edit(name: "brightness -12") { ImageTransform.brighten($0, by: -12) },
        Edit(name: "resize 50% + jpeg q70") {
            try ImageTransform.recompress(ImageTransform.resize($0, width: $0.width / 2, height: $0.height / 2), quality: 70)
        },
    ]

    /// Rates over `count` scenes of `width × height` from `seed`.
    public struct Report: Sendable {
        /// Per edit: (name, matches within the threshold, trials, mean distance).
        public var edits: [(name: String, matched: Int, trials: Int, meanDistance: Double)]
        /// Pairs of different scenes within the threshold, and pairs compared.
        public var unrelatedMatched: Int
        public var unrelatedPairs: Int
        /// Smallest distance between two different scenes.
        public var unrelatedMinimum: Int
    }

    /// Measures the rates at `threshold` bits.
    public static func evaluate(
        seed: UInt64, count: Int, width: Int = 320, height: Int = 240, threshold: Int = 31
    ) throws -> Report {
        var scenes = SyntheticScene(seed: seed)
        let images = (0..<count).map { _ in scenes.image(width: width, height: height) }
        let hashes = images.map(ImageTransform.pdq)
        var rows: [(String, Int, Int, Double)] = []
        for edit in edits {
            var matched = 0, total = 0
            for (image, hash) in zip(images, hashes) {
                let d = ImageTransform.pdq(try edit.apply(image)).distance(to: hash)
                if d <= threshold { matched += 1 }
                total += d
            }
            rows.append((edit.name, matched, images.count, Double(total) / Double(images.count)))
        }
        var falseMatches = 0, pairs = 0, minimum = 256
        for i in 0..<hashes.count {
            for j in (i + 1)..<hashes.count {
                let d = hashes[i].distance(to: hashes[j])
                if d <= threshold { falseMatches += 1 }
                minimum = min(minimum, d)
                pairs += 1
            }
        }
        return Report(edits: rows, unrelatedMatched: falseMatches, unrelatedPairs: pairs, unrelatedMinimum: minimum)
    }
}
