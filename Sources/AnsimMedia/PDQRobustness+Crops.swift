extension PDQRobustness {
    /// The crops measured against the reference-set augmentation (``ReferenceVariant``):
    /// centred crops (N % of the width and of the height, half from each side), one-side
    /// crops, and a crop followed by a resize and recompression.
    public static let cropEdits: [Edit] = [
        Edit(name: "crop 3%") { ImageTransform.crop($0, fraction: 0.03) },
        Edit(name: "crop 4%") { ImageTransform.crop($0, fraction: 0.04) },
        Edit(name: "crop 5%") { ImageTransform.crop($0, fraction: 0.05) },
        Edit(name: "crop 7%") { ImageTransform.crop($0, fraction: 0.07) },
        Edit(name: "crop 10%") { ImageTransform.crop($0, fraction: 0.10) },
        Edit(name: "crop 15%") { ImageTransform.crop($0, fraction: 0.15) },
        Edit(name: "crop left 5%") { ImageTransform.crop($0, left: 0.05, top: 0, right: 0, bottom: 0) },
        Edit(name: "crop bottom 8%") { ImageTransform.crop($0, left: 0, top: 0, right: 0, bottom: 0.08) },
        Edit(name: "crop right 8%") { ImageTransform.crop($0, left: 0, top: 0, right: 0.08, bottom: 0) },
        Edit(name: "crop top 3% + right 7%") {
            ImageTransform.crop($0, left: 0, top: 0.03, right: 0.07, bottom: 0)
        },
        Edit(name: "crop left 12%") { ImageTransform.crop($0, left: 0.12, top: 0, right: 0, bottom: 0) },
        Edit(name: "crop left 4% + top 4%") {
            ImageTransform.crop($0, left: 0.04, top: 0.04, right: 0, bottom: 0)
        },
        Edit(name: "crop 6% + resize 50% + jpeg q70") {
            let cut = ImageTransform.crop($0, fraction: 0.06)
            return try ImageTransform.recompress(
                ImageTransform.resize(cut, width: cut.width / 2, height: cut.height / 2), quality: 70)
        },
    ]

    /// Crop rates with the original hash alone and with the augmented reference set.
    public struct CropReport: Sendable {
        /// Per crop: (name, matched by the original alone, matched by any reference, trials).
        public var edits: [(name: String, plain: Int, augmented: Int, trials: Int)]
        /// Unrelated (candidate, protected image) pairs matched by the original alone, by any reference, pairs.
        public var unrelatedPlain: Int
        public var unrelatedAugmented: Int
        public var unrelatedPairs: Int
        /// Smallest distance from a scene to any reference hash of another scene.
        public var unrelatedMinimum: Int
        /// Every edit of ``edits`` (the non-crop edits too) still matched with the augmented set.
        public var otherEditsAugmented: Int
        public var otherEditsTrials: Int
    }

    /// Measures ``cropEdits`` on `count` scenes from `seed`, before and after augmentation.
    public static func evaluateCrops(
        seed: UInt64, count: Int, width: Int = 320, height: Int = 240, threshold: Int = 31
    ) throws -> CropReport {
        var scenes = SyntheticScene(seed: seed)
        let images = (0..<count).map { _ in scenes.image(width: width, height: height) }
        let references = images.map { ReferenceVariant.references($0).map(\.hash) }
        func nearest(_ hash: PDQHash, _ set: [PDQHash]) -> Int { set.map { $0.distance(to: hash) }.min()! }
        var rows: [(String, Int, Int, Int)] = []
        for edit in cropEdits {
            var plain = 0, augmented = 0
            for (image, set) in zip(images, references) {
                let hash = ImageTransform.pdq(try edit.apply(image))
                if hash.distance(to: set[0]) <= threshold { plain += 1 }
                if nearest(hash, set) <= threshold { augmented += 1 }
            }
            rows.append((edit.name, plain, augmented, images.count))
        }
        var other = 0, otherTrials = 0
        for edit in edits {
            for (image, set) in zip(images, references) {
                if nearest(ImageTransform.pdq(try edit.apply(image)), set) <= threshold { other += 1 }
                otherTrials += 1
            }
        }
        var plainFalse = 0, augmentedFalse = 0, pairs = 0, minimum = 256
        for i in images.indices {
            for j in images.indices where i != j {
                let candidate = references[i][0]
                if candidate.distance(to: references[j][0]) <= threshold { plainFalse += 1 }
                let d = nearest(candidate, references[j])
                if d <= threshold { augmentedFalse += 1 }
                minimum = min(minimum, d)
                pairs += 1
            }
        }
        return CropReport(
            edits: rows, unrelatedPlain: plainFalse, unrelatedAugmented: augmentedFalse,
            unrelatedPairs: pairs,
            unrelatedMinimum: minimum, otherEditsAugmented: other, otherEditsTrials: otherTrials)
    }
}
