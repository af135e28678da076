/// Every figure of one report, as written to `figures.json` and rendered into the HTML and
/// PDF. Each section names where it came from (`source`): the table and window queried,
/// or the `analytics_run` id of the recorded run it shows.
public struct ReportFigures: Codable, Sendable {
    /// The `report_run` id of this report (recorded before the figures are computed).
    public var reportRunID: Int
    public var kind: String
    public var period: String
    /// First day and the day after the last day (Asia/Seoul).
    public var periodStart: String
    public var periodEnd: String
    public var previousPeriod: String
    public var lastYearPeriod: String
    public var area: AreaFigure
    /// True when any input row (incidents, calls, runs) is synthetic.
    public var synthetic: Bool
    public var generatedAt: String
    public var codeVersion: String
    public var crimes: CountTable
    public var calls: CountTable
    public var daily: DailySeries
    public var response: [ResponseFigure]
    public var responseSource: String
    public var hotspot: RunFigure?
    public var forecast: RunFigure?
    public var patrol: PatrolFigure
    public var cctv: CCTVFigure
    public var hotline: HotlineFigure
    /// CPTED dark spots of the forecast run (nil without a forecast).
    public var cpted: CPTEDFigure?
}

/// The area a report covers.
public struct AreaFigure: Codable, Sendable {
    public var name: String
    /// sigungu, hangjeongdong, box or station.
    public var level: String
    public var squareKilometres: Double
    /// How the boundary was derived, when it is not published.
    public var note: String?
}

/// Counts by a key (crime class or 112 code) for the period, the previous period and
/// the same period a year earlier.
public struct CountTable: Codable, Sendable {
    public struct Row: Codable, Sendable, Equatable {
        public var key: String
        public var current: Int
        public var previous: Int
        public var lastYear: Int
        /// Percent change against the previous period and last year; nil when the base is 0.
        public var changeVsPrevious: Double?
        public var changeVsLastYear: Double?
    }
    public var rows: [Row]
    public var total: Row
    /// The query behind the table.
    public var source: String
}

/// Events per day of the period (incidents and 112 calls).
public struct DailySeries: Codable, Sendable {
    public var days: [String]
    public var incidents: [Int]
    public var calls: [Int]
}

/// 112 response (received → arrived on scene) for one code, against its target.
public struct ResponseFigure: Codable, Sendable, Equatable {
    public var code: Int
    public var calls: Int
    /// Calls with an arrival time (code 4 calls are not dispatched).
    public var arrived: Int
    public var medianMinutes: Double?
    public var p90Minutes: Double?
    public var targetMinutes: Double?
    /// Share of arrived calls within the target.
    public var withinTarget: Double?
}

/// A recorded analytics run shown in the report.
public struct RunFigure: Codable, Sendable {
    public var runID: Int
    public var kind: String
    public var method: String
    public var from: String
    public var to: String
    public var cells: Int
    public var events: Int
    /// Class tally (hot-99 …, top-1 …).
    public var classes: [String: Int]
    /// Sum of the cell values (for a kde-scaled forecast: expected events in the horizon).
    public var valueSum: Double
    /// Whether the run was reused (identical parameters already recorded).
    public var reused: Bool
    public var synthetic: Bool
}
