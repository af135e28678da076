import AnsimGeo
import AnsimStore
import AnsimSupport

/// The area an analysis covers, resolved from the database: a 자치구 (시군구), a 행정동 or a
/// police box (지구대/파출소) or a police station (경찰서), as a polygon in EPSG:5179 metres.
///
/// Names are matched exactly (`강남구`, `역삼1동`, `강남구 역삼1동`, `역삼지구대` or `역삼`), or
/// by administrative code. Where several boundary vintages are loaded, the most complete
/// unsimplified one wins (the one whose source covers the most areas, then the newest).
/// Police-box jurisdictions (관할구역) are not published: unless `police_org.jurisdiction`
/// holds one, a box's area is its nearest-box region — the Voronoi cell of its location
/// among all boxes of the agency (PostGIS `ST_VoronoiPolygons`, i.e. GEOS), clipped to the
/// city's 자치구 — the same rule the synthetic generator assigns incidents by. A station's
/// area is the union of the areas of its boxes; since `police_org` links no box to its
/// station, the boxes are those the station's recorded incidents and 112 calls name.
public struct AnalysisArea: Sendable {
    /// The kind of area.
    public enum Level: String, Sendable, CaseIterable {
        case sigungu, hangjeongdong, box, station
    }

    public let level: Level
    /// The name as the database has it (for 행정동, "구 동").
    public let name: String
    /// The administrative code (none for boxes).
    public let code: String?
    /// The boundary, EPSG:5179.
    public let geometry: Geometry
    /// How the boundary was obtained, when it is not a published boundary.
    public let note: String?

    public init(level: Level, name: String, code: String?, geometry: Geometry, note: String? = nil) {
        self.level = level
        self.name = name
        self.code = code
        self.geometry = geometry
        self.note = note
    }

    /// Finds `text` at `level` (or at the first level where it matches: 시군구, 행정동, box, station).
    /// Throws naming the candidates when the name is ambiguous, or what was searched when
    /// nothing matches.
    public static func resolve(
        _ text: String, level: Level? = nil, agency: String, on connection: Connection
    ) throws -> AnalysisArea {
        let name = text.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw AnsimError("--area: an empty name") }
        for candidate in level.map({ [$0] }) ?? Level.allCases {
            let found = try lookup(name, level: candidate, agency: agency, on: connection)
            if found.count > 1 {
                let list = found.map { "\($0.name) (\($0.code ?? "-"))" }.joined(separator: ", ")
                throw AnsimError(
                    "--area \(name): \(found.count) \(candidate.rawValue) areas match: \(list); "
                        + "name the 구 too (e.g. \"강남구 \(name)\") or give the code")
            }
            if let area = found.first { return area }
        }
        let levels = (level.map { [$0] } ?? Level.allCases).map(\.rawValue).joined(separator: ", ")
        throw AnsimError(
            "--area \(name): no \(levels) of that name or code in the database "
                + "(load the boundaries with `ansim etl load-all`)")
    }

    static func lookup(_ name: String, level: Level, agency: String, on connection: Connection) throws
        -> [AnalysisArea]
    {
        let sql: String
        var parameters: [String] = [name]
        switch level {
        case .sigungu:
            sql = SQL.sigungu
        case .hangjeongdong:
            let parts = name.split(separator: " ", maxSplits: 1).map(String.init)
            parameters = parts.count == 2 ? [parts[1], parts[0]] : [name, ""]
            sql = SQL.hangjeongdong
        case .box:
            parameters = [name, agency]
            sql = SQL.box
        case .station:
            parameters = [name, agency]
            sql = SQL.station
        }
        let rows = try connection.query(sql, parameters, purpose: "find the area \(name)")
        return try rows.map { row in
            guard let hex = row[2] else { throw AnsimError("--area \(name): the boundary is empty") }
            return AnalysisArea(
                level: level, name: row[0] ?? name, code: row[1], geometry: try Geometry(hexWKB: hex),
                note: row[3])
        }
    }
}
