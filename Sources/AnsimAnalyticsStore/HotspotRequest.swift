import AnsimAnalytics

/// What `ansim hotspots` computes: a statistic over the events of one area and time window,
/// on a grid of square cells.
public struct HotspotRequest: Sendable {
    /// The hotspot statistic.
    public enum Method: String, Sendable, CaseIterable {
        /// Kernel density (quartic unless `kernel` says otherwise), events per m².
        case kde
        /// Getis-Ord Gi* z-scores of cell counts, queen contiguity among the area's cells.
        case gistar
        /// Local Moran's I of cell counts with conditional-permutation pseudo p-values.
        case moran
        /// Emerging hot spot analysis (ArcGIS Pro's patterns) of a space–time cube of the
        /// grid × time steps of `stepDays` from the window's start.
        case emerging
    }

    /// The events analysed.
    public enum Source: String, Sendable, CaseIterable {
        /// `incident`: recorded crimes (occurred_at, crime_class).
        case incident
        /// `call_112`: emergency calls (received_at, call_type).
        case call112 = "call_112"

        var timeColumn: String { self == .incident ? "occurred_at" : "received_at" }
        var classColumn: String { self == .incident ? "crime_class" : "call_type" }
    }

    public var agency = "seoul"
    public var area: String
    public var level: AnalysisArea.Level?
    /// First day (inclusive) and last day (exclusive), ISO dates in Asia/Seoul time; nil
    /// takes the year up to the latest event.
    public var from: String?
    public var to: String?
    public var method: Method
    public var source: Source = .incident
    /// Only these classes (crime_class or call_type); empty takes all.
    public var classes: [String] = []
    /// Cell size in metres; the grid's origin is a multiple of it in EPSG:5179.
    public var cell = 100.0
    public var bandwidth = 300.0
    public var kernel = KernelShape.quartic
    public var permutations = 999
    public var seed: UInt64 = 1
    /// Emerging: time-step length in days, previous steps in a bin's neighbourhood, and
    /// Benjamini–Hochberg correction of the bins' p-values (α 0.05 for bins and trends).
    public var stepDays = 7
    public var timeLag = 1
    public var fdr = false
    public var alpha = 0.05

    public init(area: String, method: Method) {
        self.area = area
        self.method = method
    }

    /// The run's description for ``RunRecorder``.
    func info() throws -> RunInfo {
        let label = [
            "kde": "density, events per m²", "gistar": "Gi* z", "moran": "Local Moran I",
            "emerging": "Gi* z of the last time step (z, p: Mann–Kendall trend of the cell's Gi* z-series)",
        ]
        return RunInfo(
            kind: "hotspot", method: method.rawValue, source: source.rawValue, classes: classes,
            agency: agency,
            parametersJSON: try RunRecorder.json(parameters), valueLabel: label[method.rawValue]!)
    }

    /// The parameters recorded with the run, as JSON values.
    var parameters: [String: Any] {
        var p: [String: Any] = ["cell": cell, "source": source.rawValue, "grid_srid": 5179]
        switch method {
        case .kde:
            p["bandwidth"] = bandwidth
            p["kernel"] = kernel.rawValue
            p["units"] = "events per m²"
        case .gistar:
            p["weights"] = "queen contiguity among the area's cells, binary, self included"
        case .moran:
            p["weights"] = "queen contiguity among the area's cells, row-standardised"
            p["permutations"] = permutations
            p["seed"] = String(seed)
            p["alpha"] = 0.05
        case .emerging:
            p["weights"] =
                "space–time Gi*: queen contiguity on the grid over the area's bounding box, the cell's own "
                + "step and the time_lag previous steps, binary, self included"
            p["step_days"] = stepDays
            p["time_lag"] = timeLag
            p["fdr"] = fdr
            p["alpha"] = alpha
            p["neighbours"] = "queen"
        }
        return p
    }
}
