/// The answer to one lookup. Encoded with snake_case keys (``LookupJSON``): the
/// top-level keys are `scene`, `monitored_persons`, `registered_offenders`, `cameras`,
/// `escape_routes`, `past_incidents`, `guidance` and `synthetic`. Identity fields are
/// optional: ``redactedForAnalyst()`` removes them.
public struct LookupResult: Encodable, Sendable {
    public var scene: LookupScene
    public var monitoredPersons: [PersonHit]
    public var registeredOffenders: [OffenderHit]
    public var cameras: [CameraHit]
    public var escapeRoutes: EscapeRoutes?
    public var pastIncidents: History
    public var guidance: Guidance
    /// True when any person in the answer comes from synthetic data.
    public var synthetic: Bool
    /// How many offenders lay within R (``registeredOffenders`` lists the first `limit`).
    public var registeredOffendersTotal: Int
}

/// The scene as understood.
public struct LookupScene: Encodable, Sendable {
    public var lon: Double
    public var lat: Double
    public var x: Double
    public var y: Double
    public var time: String
    public var code: Int
    public var incidentClass: String
    public var radiusM: Double
    public var minutes: Double
    public var limit: Int
    /// The address the scene was geocoded from, when it was given as an address.
    public var address: LookupSceneAddress? = nil
}

/// A position of a wearer at a time.
public struct FixPoint: Encodable, Sendable, Equatable {
    public var at: String
    public var lon: Double
    public var lat: Double
    public var distanceM: Double
    public var headingDeg: Double?
}

/// A wearer with fixes within R of the scene within ±T.
public struct PersonHit: Encodable, Sendable {
    public var personId: Int64?
    public var ref: String?
    public var name: String?
    public var tag: String?
    public var birthYear: Int?
    public var offenceClass: String
    public var orderFrom: String
    public var orderTo: String
    public var restrictions: [String: String]?
    public var closestApproach: FixPoint
    public var lastFix: FixPoint?
    public var fixesInWindow: Int
}

/// A registered offender within R.
public struct OffenderHit: Encodable, Sendable {
    public var offenderId: Int64?
    public var ref: String?
    public var name: String?
    public var birthYear: Int?
    public var address: String?
    public var offenceClass: String
    public var releasedOn: String?
    public var distanceM: Double
    public var relevance: Double
    public var score: Double
    public var lon: Double?
    public var lat: Double?
}

/// A camera covering the scene.
public struct CameraHit: Encodable, Sendable {
    public var id: Int64
    public var distanceM: Double
    public var directionDeg: Double?
    public var omnidirectional: Bool
    public var rangeM: Double
    public var purpose: String?
    public var cameraCount: Int
    public var lon: Double
    public var lat: Double
}
