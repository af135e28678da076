import Foundation

/// An electronic-monitoring wearer (전자감독 대상자) as the lookup holds it.
public struct MonitoredPerson: Sendable, Equatable {
    /// Database id.
    public var id: Int64
    /// Pseudonymous reference (`M-…`): what the audit trail names.
    public var ref: String
    /// The device (tag) id — an identity.
    public var tagID: String
    /// Name — an identity (synthetic).
    public var name: String?
    /// Birth year — an identity.
    public var birthYear: Int?
    /// Offence class (see ``OffenceRelevance``).
    public var offenceClass: String
    /// First and last day of the monitoring order (ISO dates).
    public var orderFrom: String
    public var orderTo: String
    /// Restrictions as JSON text (curfew, exclusion distance, …).
    public var restrictions: String

    /// A wearer.
    public init(
        id: Int64, ref: String, tagID: String, name: String?, birthYear: Int?, offenceClass: String,
        orderFrom: String, orderTo: String, restrictions: String
    ) {
        self.id = id
        self.ref = ref
        self.tagID = tagID
        self.name = name
        self.birthYear = birthYear
        self.offenceClass = offenceClass
        self.orderFrom = orderFrom
        self.orderTo = orderTo
        self.restrictions = restrictions
    }
}

/// A registered offender at the registered address point (EPSG:5179).
public struct RegisteredOffender: Sendable, Equatable {
    public var id: Int64
    /// Pseudonymous reference (`R-…`).
    public var ref: String
    /// Identities: name, birth year, registered address.
    public var name: String?
    public var birthYear: Int?
    public var address: String?
    public var offenceClass: String
    /// Release date (ISO), if known.
    public var releasedOn: String?
    public var x: Double
    public var y: Double

    /// An offender.
    public init(
        id: Int64, ref: String, name: String?, birthYear: Int?, address: String?, offenceClass: String,
        releasedOn: String?, x: Double, y: Double
    ) {
        self.id = id
        self.ref = ref
        self.name = name
        self.birthYear = birthYear
        self.address = address
        self.offenceClass = offenceClass
        self.releasedOn = releasedOn
        self.x = x
        self.y = y
    }
}

/// A CCTV site: view direction (degrees clockwise from north) and range where known.
public struct Camera: Sendable, Equatable {
    public var id: Int64
    public var x: Double
    public var y: Double
    /// nil: omnidirectional.
    public var direction: Double?
    /// nil: ``CameraCoverage/defaultRange``.
    public var range: Double?
    public var purpose: String?
    public var cameraCount: Int

    /// A camera site.
    public init(
        id: Int64, x: Double, y: Double, direction: Double?, range: Double?, purpose: String?, cameraCount: Int
    ) {
        self.id = id
        self.x = x
        self.y = y
        self.direction = direction
        self.range = range
        self.purpose = purpose
        self.cameraCount = cameraCount
    }
}

/// A past incident or 112 call: when, what class, where.
public struct PastEvent: Sendable, Equatable {
    /// Milliseconds since 1970.
    public var time: Int64
    /// Crime class (incidents) or 사건종별 (calls).
    public var eventClass: String
    public var x: Double
    public var y: Double

    /// An event.
    public init(time: Int64, eventClass: String, x: Double, y: Double) {
        self.time = time
        self.eventClass = eventClass
        self.x = x
        self.y = y
    }
}

/// A police box or patrol unit that can respond.
public struct Responder: Sendable, Equatable {
    /// `box` (지구대/파출소) or `unit` (an available patrol car or foot patrol).
    public var kind: String
    public var id: Int64
    public var name: String
    public var x: Double
    public var y: Double

    /// A responder.
    public init(kind: String, id: Int64, name: String, x: Double, y: Double) {
        self.kind = kind
        self.id = id
        self.name = name
        self.x = x
        self.y = y
    }
}
