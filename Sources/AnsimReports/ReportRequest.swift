import AnsimAnalytics
import AnsimAnalyticsStore

/// What `ansim report run` produces: the report of one area (구, 행정동, police station or
/// box) for one week or month, written to a folder.
public struct ReportRequest: Sendable {
    public var agency = "seoul"
    public var area: String
    /// Restrict the name search to one level; nil tries 구, 행정동, box, station in turn.
    public var level: AnalysisArea.Level?
    public var period: ReportPeriod
    /// The folder the files are written to (created when missing).
    public var outDir: String
    /// Also write `report.pdf` (needs weasyprint).
    public var pdf = true
    /// Record new analytics runs even when identical ones exist.
    public var fresh = false
    /// Grid cell of the hotspot and forecast runs, metres.
    public var cell = 100.0
    /// kde forecasts expected events per cell, so the report can state a count.
    public var forecastMethod = ForecastMethod.kde
    public var targets = ResponseTargets.standard

    public init(area: String, period: ReportPeriod, outDir: String) {
        (self.area, self.period, self.outDir) = (area, period, outDir)
    }

    public var kind: ReportKind { period.kind }
}

/// The files of a written report.
public struct ReportOutput: Sendable {
    public var reportRunID: Int
    public var figures: ReportFigures
    public var directory: String
    public var html: String
    public var pdf: String?
    public var json: String
    /// The hotspot map (SVG).
    public var map: String
    /// The static map page (HTML with the SVG maps inline).
    public var mapPage: String
    public var seconds: Double
}
