/// True/false positives and negatives, with the usual measures.
public struct BinaryCounts: Codable, Sendable, Equatable {
    public var tp = 0, fp = 0, fn = 0, tn = 0

    /// Empty counts.
    public init() {}

    /// Counts one decision.
    public mutating func add(predicted: Bool, actual: Bool) {
        switch (predicted, actual) {
        case (true, true): tp += 1
        case (true, false): fp += 1
        case (false, true): fn += 1
        case (false, false): tn += 1
        }
    }

    /// tp / (tp + fp); 0 when nothing was predicted.
    public var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
    /// tp / (tp + fn); 0 when nothing was positive.
    public var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
    /// Harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    /// fp / (fp + tn).
    public var falsePositiveRate: Double { fp + tn == 0 ? 0 : Double(fp) / Double(fp + tn) }
}
