import Foundation

/// Emerging hot spot analysis of a ``SpaceTimeCube`` as ArcGIS Pro's tool of that name (Esri,
/// "How Emerging Hot Spot Analysis works", ArcGIS Pro 3.x tool reference):
///
/// 1. space–time Gi* for every bin (``SpaceTimeGetisOrd``: contiguous cells, current step and
///    the `timeLag` previous steps);
/// 2. each bin is a significant hot (z > 0) or cold (z < 0) spot when its two-sided p ≤ α —
///    or, with `fdr`, when it passes the Benjamini–Hochberg procedure at α over all bins
///    (``FalseDiscoveryRate``);
/// 3. the Mann–Kendall test (``MannKendall``) on each location's series of Gi* z-scores
///    (Esri: the trend in the intensity of hot and cold spot clustering);
/// 4. the pattern of each location (``EmergingCategory``), using α for the trend as well.
public enum EmergingHotSpots {
    /// Settings of one analysis.
    public struct Options: Sendable, Equatable {
        public var contiguity: GridWeights.Contiguity
        /// Previous time steps in a bin's neighbourhood (ArcGIS's neighborhood time step).
        public var timeLag: Int
        /// Significance level of bins and trends (two-sided).
        public var alpha: Double
        /// Benjamini–Hochberg correction of the bins' p-values.
        public var fdr: Bool

        public init(
            contiguity: GridWeights.Contiguity = .queen, timeLag: Int = 1, alpha: Double = 0.05,
            fdr: Bool = false
        ) {
            self.contiguity = contiguity
            self.timeLag = timeLag
            self.alpha = alpha
            self.fdr = fdr
        }
    }

    /// The pattern and trend of every location (index row·cols + col), and the bins' Gi*.
    public struct Result: Sendable {
        public var categories: [EmergingCategory]
        /// Mann–Kendall z of each location's Gi* z-series.
        public var trendZ: [Double]
        /// Mann–Kendall two-sided p of the same.
        public var trendP: [Double]
        /// The bins' space–time Gi*.
        public var bins: SpaceTimeGetisOrd.Result
    }

    /// Runs the analysis; throws on a bad time lag or α.
    public static func analyze(_ cube: SpaceTimeCube, options: Options = Options()) throws(AnalyticsError)
        -> Result
    {
        guard options.alpha > 0, options.alpha < 1 else {
            throw AnalyticsError("α must be between 0 and 1, not \(options.alpha)")
        }
        let bins = try SpaceTimeGetisOrd.localStar(
            cube: cube, contiguity: options.contiguity, timeLag: options.timeLag)
        let cut =
            options.fdr ? FalseDiscoveryRate.threshold(bins.p, alpha: options.alpha) ?? -1 : options.alpha
        let (categories, trendZ, trendP) = trends(
            bins: bins, locations: cube.locations, steps: cube.steps, cut: cut, alpha: options.alpha)
        return Result(categories: categories, trendZ: trendZ, trendP: trendP, bins: bins)
    }
}
