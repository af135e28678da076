/// How relevant a person's offence class is to the class of the incident called in
/// (112 사건종별): 1 = the same kind of offence, down to ``other`` for no known link.
/// Used to rank registered offenders (see ``LookupEngine``); the table is documented in
/// docs/LOOKUP.md.
public enum OffenceRelevance {
    /// Offence classes of wearers and registered offenders.
    public static let offenceClasses = ["성폭력", "아동성범죄", "살인", "강도", "미성년자유괴", "스토킹"]

    /// Relevance of a class with no entry for the incident class.
    public static let other = 0.2

    /// Incident class → offence class → relevance.
    static let table: [String: [String: Double]] = [
        "성폭력": ["성폭력": 1, "아동성범죄": 1, "스토킹": 0.6, "미성년자유괴": 0.6, "강도": 0.4, "살인": 0.4],
        "실종": ["미성년자유괴": 1, "아동성범죄": 1, "성폭력": 0.7, "살인": 0.6, "스토킹": 0.4],
        "살인": ["살인": 1, "강도": 0.8, "성폭력": 0.6, "스토킹": 0.6, "미성년자유괴": 0.5],
        "강도": ["강도": 1, "살인": 0.7, "성폭력": 0.4],
        "스토킹": ["스토킹": 1, "성폭력": 0.7, "아동성범죄": 0.5, "살인": 0.4],
        "가정폭력": ["살인": 0.6, "스토킹": 0.6, "강도": 0.4, "성폭력": 0.4],
        "폭력": ["살인": 0.6, "강도": 0.6, "스토킹": 0.4, "성폭력": 0.4],
        "절도": ["강도": 0.7],
        "치기": ["강도": 0.7],
    ]

    /// The relevance of `offence` to an incident of class `incident` (0…1).
    public static func relevance(offence: String, incident: String) -> Double {
        table[incident]?[offence] ?? other
    }

    /// The ranking score of an offender `distance` metres from the scene within a search
    /// radius `radius`: relevance × (1 − distance / radius), so a relevant offender far
    /// away can rank below an irrelevant one next door.
    public static func score(relevance: Double, distance: Double, radius: Double) -> Double {
        relevance * (1 - min(distance, radius) / radius)
    }
}
