import Foundation

/// A protected place watched for one offender's tag.
public struct GeofencePlace: Sendable, Equatable {
    public var id: Int64
    public var caseID: Int64
    public var caseNo: String
    public var tag: String
    public var kind: String
    public var x: Double
    public var y: Double
    /// Radius of an area place (0 for a point).
    public var extentM: Double
    /// The order's no-approach distance.
    public var violationDistance: Double
    public var victimRef: String
    public var cityOrgID: Int64
    public var policeOrgID: Int64?
    /// The police box nearest the place (told of violations).
    public var nearestBox: String?

    /// A place.
    public init(
        id: Int64, caseID: Int64, caseNo: String, tag: String, kind: String, x: Double, y: Double,
        extentM: Double = 0, violationDistance: Double = 100, victimRef: String, cityOrgID: Int64,
        policeOrgID: Int64? = nil, nearestBox: String? = nil
    ) {
        (self.id, self.caseID, self.caseNo, self.tag, self.kind) = (id, caseID, caseNo, tag, kind)
        (self.x, self.y, self.extentM, self.violationDistance) = (x, y, extentM, violationDistance)
        (self.victimRef, self.cityOrgID, self.policeOrgID, self.nearestBox) = (
            victimRef, cityOrgID, policeOrgID, nearestBox
        )
    }
}
