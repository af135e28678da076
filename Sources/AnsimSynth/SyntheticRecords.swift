/// One generated incident (a row of `incidents.csv`).
public struct SyntheticIncident: Sendable, Hashable {
    /// 사건번호, e.g. "S2023-0000001" (S = synthetic).
    public var number: String
    /// 발생일시, Asia/Seoul local time.
    public var occurred: LocalTime
    /// 죄종.
    public var crime: CrimeClass
    /// 세부죄종, e.g. "침입절도".
    public var subclass: String
    /// 자치구.
    public var gu: String
    /// 행정동 name.
    public var dong: String
    /// 10-digit 행정기관코드 of the 행정동.
    public var dongCode: String
    /// 관할경찰서 (the station of the responsible box).
    public var station: String
    /// 관할지구대 (the nearest 지구대/파출소).
    public var box: String
    /// EPSG:5179 easting and northing (m).
    public var x: Double
    public var y: Double
    /// WGS 84 longitude and latitude (degrees).
    public var longitude: Double
    public var latitude: Double
    /// 검거여부.
    public var arrested: Bool
    /// Index (in the incidents array) of the incident that triggered this near repeat;
    /// nil for a background event. Not written to the CSV file.
    public var parent: Int?
}

/// One generated 112 call (a row of `calls_112.csv`).
public struct SyntheticCall: Sendable, Hashable {
    /// 신고번호, e.g. "S112-2023-00000001".
    public var number: String
    /// 접수일시.
    public var received: LocalTime
    /// 지령일시; nil when no patrol was sent (code 4).
    public var dispatched: LocalTime?
    /// 도착일시; nil when no patrol was sent.
    public var arrived: LocalTime?
    /// 종결일시.
    public var closed: LocalTime
    /// 긴급도, 0 (most urgent) … 4.
    public var code: Int
    /// 사건종별.
    public var type: String
    public var gu: String
    public var dong: String
    public var station: String
    public var box: String
    public var x: Double
    public var y: Double
    public var longitude: Double
    public var latitude: Double
    /// 관련사건번호: the 사건번호 of the incident the call reports, if any.
    public var incident: String?
}

/// What ``Synth/generate(_:parameters:)`` returns.
public struct SynthOutput: Sendable {
    /// Incidents in order of 발생일시.
    public var incidents: [SyntheticIncident]
    /// Calls in order of 접수일시.
    public var calls: [SyntheticCall]
    /// How many non-incident calls the model stands for before sampling (so analyses
    /// can scale the sampled ones back up by 1 / nonIncidentSample).
    public var modelledNonIncidentCalls: Int
}
