/// Point locations of risk factors for risk terrain modelling (`x,y,category`, metres):
/// bars, lodging, transit stops, lights, …
public struct RiskFactors: Sendable, Equatable {
    public let xs: [Double]
    public let ys: [Double]
    public let categories: [String]

    public init(xs: [Double], ys: [Double], categories: [String]) throws {
        guard xs.count == ys.count, xs.count == categories.count else {
            throw AnalyticsError(
                "risk factors: \(xs.count) x, \(ys.count) y and \(categories.count) categories")
        }
        if let i = xs.indices.first(where: { !xs[$0].isFinite || !ys[$0].isFinite }) {
            throw AnalyticsError("risk factors: factor \(i + 1) has a non-finite coordinate")
        }
        if let i = categories.firstIndex(where: \.isEmpty) {
            throw AnalyticsError("risk factors: factor \(i + 1) has an empty category")
        }
        guard !xs.isEmpty else { throw AnalyticsError("risk factors: there are none") }
        self.xs = xs
        self.ys = ys
        self.categories = categories
    }

    /// The categories, sorted.
    public var categoryNames: [String] { Array(Set(categories)).sorted() }

    /// The factors of one category.
    func points(of category: String) -> (xs: [Double], ys: [Double]) {
        let idx = categories.indices.filter { categories[$0] == category }
        return (idx.map { xs[$0] }, idx.map { ys[$0] })
    }
}
