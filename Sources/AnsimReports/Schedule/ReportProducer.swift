import AnsimStore

/// Makes the report of a scheduled run. The scheduler calls it; tests may give their own.
public protocol ReportProducer: Sendable {
    func produce(_ request: ReportRequest, reportRunID: Int, on connection: Connection) throws -> ReportOutput
}

/// The real thing: ``ReportBuilder``.
public struct StandardReportProducer: ReportProducer {
    public var pdf: Bool

    public init(pdf: Bool = true) { self.pdf = pdf }

    public func produce(_ request: ReportRequest, reportRunID: Int, on connection: Connection) throws
        -> ReportOutput
    {
        var r = request
        r.pdf = pdf
        return try ReportBuilder.build(r, reportRunID: reportRunID, on: connection)
    }
}
