import AnsimMedia
import Testing

/// The derived crop hashes stored at registration (``ReferenceVariant``) catch cropped
/// copies the original hash misses, without making unrelated images match. Seeded
/// synthetic scenes, so the rates are deterministic; printed for docs/MEDIA.md.
@Suite struct PDQCropAugmentationTests {
    @Test func derivedCropsCatchCropsAndAddNoFalseMatches() throws {
        let report = try PDQRobustness.evaluateCrops(seed: 11, count: 24)
        for row in report.edits {
            print(
                "crops \(row.name): original alone \(row.plain)/\(row.trials), with derived crops \(row.augmented)/\(row.trials)"
            )
        }
        print(
            "crops unrelated: original alone \(report.unrelatedPlain)/\(report.unrelatedPairs), with derived crops "
                + "\(report.unrelatedAugmented)/\(report.unrelatedPairs), minimum distance \(report.unrelatedMinimum)"
        )
        print(
            "crops all base edits with derived crops: \(report.otherEditsAugmented)/\(report.otherEditsTrials)"
        )
        let byName = Dictionary(uniqueKeysWithValues: report.edits.map { ($0.name, $0) })
        for row in report.edits { #expect(row.augmented >= row.plain, "\(row.name)") }
        // The crops the reference set is built for: every copy matches.
        for name in ["crop 4%", "crop 5%", "crop 10%", "crop left 5%"] {
            let row = try #require(byName[name])
            #expect(row.augmented == row.trials, "\(name): \(row.augmented)/\(row.trials)")
        }
        // Without the derived hashes PDQ misses these (the reason for them).
        #expect(try #require(byName["crop 5%"]).plain == 0)
        // No unrelated image comes within 31 bits of any of another's reference hashes.
        #expect(report.unrelatedAugmented == 0)
        #expect(report.unrelatedMinimum > 31)
    }
}
