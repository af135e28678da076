/// The canonical tables (see sql/002_etl.sql), by name.
extension Target {
    static func named(_ name: String) throws -> Target {
        guard let t = all[name] else { throw ETLError("no canonical table \"\(name)\"") }
        return t
    }

    /// The table a kind loads into unless its definition names another.
    static func defaultTable(for kind: SourceKind) -> String {
        switch kind {
        case .adminArea: "admin_area"
        case .population: "population_dong"
        case .policeFacility: "police_org"
        case .cctv: "cctv"
        case .riskSite: "risk_site"
        case .road: "road_section"
        case .calls: "call_112"
        case .incidents: "incident"
        case .crimeStats: "crime_stat"
        }
    }

    static let all: [String: Target] = Dictionary(
        uniqueKeysWithValues: [
            adminArea, adminAreaCentroid, population, crimeStat, policeOrg, cctv, riskSite, roadSection,
            osmLine, callForService, incident, call112,
        ].map { ($0.table, $0) })

    static let adminArea = Target(
        table: "admin_area",
        columns: [
            .init("level", required: true), .init("code", required: true), .init("stat_code"),
            .init("name", required: true), .init("full_name"), .init("name_en"), .init("parent_code"),
            .init("vintage", required: true),
        ],
        geometry: .shape(srid: 5179, dimension: 2, multi: true),
        upsert: .snapshot(conflict: ["level", "code", "vintage"], agencyColumn: false))

    static let adminAreaCentroid = Target(
        table: "admin_area_centroid",
        columns: [.init("name", required: true), .init("level", required: true)],
        geometry: .point(srid: 5179),
        upsert: .snapshot(conflict: ["code"], agencyColumn: false), keyColumn: "code")

    static let population = Target(
        table: "population_dong",
        columns: [
            .init("period", required: true), .init("gu", required: true), .init("dong", required: true),
            .init("households", .integer), .init("population", .integer, required: true),
            .init("male", .integer),
            .init("female", .integer), .init("korean", .integer), .init("korean_male", .integer),
            .init("korean_female", .integer), .init("foreign_residents", .integer),
            .init("foreign_male", .integer),
            .init("foreign_female", .integer), .init("persons_per_household", .number),
            .init("aged_65_plus", .integer),
        ],
        geometry: .none,
        upsert: .snapshot(conflict: ["period", "gu", "dong"], agencyColumn: false))

    static let crimeStat = Target(
        table: "crime_stat",
        columns: [
            .init("year", .integer, required: true), .init("unit_kind", required: true),
            .init("unit", required: true), .init("gu"), .init("counts", .json, required: true),
        ],
        geometry: .none,
        upsert: .snapshot(conflict: ["year", "unit_kind", "unit", "crime", "source"], agencyColumn: false))

    static let policeOrg = Target(
        table: "police_org",
        columns: [
            .init("kind"), .init("name", required: true), .init("subtype"), .init("address"),
            .init("phone"), .init("gu"), .init("dong"),
        ],
        geometry: .point(srid: 5179),
        upsert: .merge(conflict: ["agency", "kind", "name"]))
}
