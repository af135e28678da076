/// Arrival-time targets per 112 code (received → arrived on scene), in minutes.
///
/// The national 112 response stages (경찰청 112 대응단계, 2016) set no minute targets:
/// codes 0 and 1 mean "in the shortest time" (최단 시간 내), code 2 "as soon as possible",
/// code 3 "within the working day", code 4 no dispatch. These defaults are the agency's
/// assumption, stated in every report: 5 min for codes 0 and 1 (Seoul's mean arrival was
/// 4 min 24 s in 2016), 15 min for code 2, 12 h for code 3, none for code 4.
public struct ResponseTargets: Sendable, Codable, Equatable {
    /// Index = code (0…4); nil = no target.
    public var minutes: [Double?]

    public init(minutes: [Double?] = [5, 5, 15, 720, nil]) {
        self.minutes = minutes
    }

    public static let standard = ResponseTargets()
}
