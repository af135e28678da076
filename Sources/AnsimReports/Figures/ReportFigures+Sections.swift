/// Patrol coverage of the forecast's risk by the latest patrol plans of the area's boxes.
public struct PatrolFigure: Codable, Sendable {
    public var available: Bool
    /// The patrol runs (analytics_run kind patrol) used.
    public var runIDs: [Int]
    /// Share of the forecast's total risk in cells within `radiusMetres` of a patrol stop.
    public var coveredShare: Double?
    public var radiusMetres: Double
    public var note: String
}

/// CCTV coverage of the hotspot run's hot cells.
public struct CCTVFigure: Codable, Sendable {
    /// Hot cells (hot-99, hot-95, hot-90) of the hotspot run.
    public var hotCells: Int
    /// Hot cells with at least one CCTV site within `radiusMetres` of the cell.
    public var coveredCells: Int
    /// Cameras at those sites.
    public var cameras: Int
    public var radiusMetres: Double
    public var coveredShare: Double?
    public var source: String
}

/// Stalking-hotline aggregates for the area and period: counts only, never personal data.
public struct HotlineFigure: Codable, Sendable {
    public var available: Bool
    public var opened: Int?
    public var closed: Int?
    public var activeAtEnd: Int?
    public var note: String
}
