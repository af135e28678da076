import AnsimGeo
import AnsimStore
import AnsimSupport
import AnsimSynth

/// Reads the generator's inputs from the tables the ETL fills: 행정동 boundaries and
/// populations, published 자치구 counts, bars and lodging still in business, police
/// boxes and stations. Every query is ordered, so the inputs — and hence the files —
/// depend only on the table contents.
struct SynthInputLoader {
    let connection: Connection

    /// What was read, with the row counts and choices the manifest records.
    struct Loaded {
        var inputs: SynthInputs
        var counts: [String: Int]
        var selection: [String: String]
    }

    static let loadFirst = "load the public data first: ansim etl load-all"

    func load(year: Int, vintage requested: String?) throws -> Loaded {
        let vintage = try chooseVintage(requested)
        let populations = try population()
        var dongs: [DongArea] = []
        for row in try connection.query(
            """
            SELECT d.code, d.name, d.full_name, d.geom,
                   (SELECT g.name FROM admin_area g
                     WHERE g.level = 'sigungu'
                       AND g.code IN (d.parent_code, d.parent_code || '00000', left(d.code, 5) || '00000')
                     ORDER BY (g.code = d.parent_code) DESC, g.vintage DESC LIMIT 1) AS gu
              FROM admin_area d
             WHERE d.level = 'hangjeongdong' AND d.vintage = $1
             ORDER BY d.code
            """, [vintage], purpose: "read the 행정동 boundaries")
        {
            let code = try row.decode(String.self, at: 0)
            let name = try row.decode(String.self, at: 1)
            let fullName = try row.decode(String?.self, at: 2)
            let gu = try row.decode(String?.self, at: 4) ?? fullName.flatMap(Self.guFromFullName)
            guard let gu else {
                throw AnsimError("행정동 \(code) \(name) has no 자치구 (no sigungu row for its parent code)")
            }
            dongs.append(
                DongArea(
                    code: code, name: name, gu: gu, population: populations[code],
                    geometry: try row.decode(Geometry.self, at: 3)))
        }
        let counts = try crimeCounts(year: year)
        let sites = try riskSites()
        let (boxes, stations) = try police()
        let inputs = SynthInputs(
            dongs: dongs, riskSites: sites, boxes: boxes, stations: stations, counts: counts)
        let matched = dongs.filter { $0.population != nil }.count
        return Loaded(
            inputs: inputs,
            counts: [
                "admin_area.hangjeongdong": dongs.count, "population_dong.matched": matched,
                "crime_stat.gu": counts.count, "risk_site.bar": sites.filter { $0.kind == .bar }.count,
                "risk_site.lodging": sites.filter { $0.kind == .lodging }.count,
                "police_org.box": boxes.count,
                "police_org.station": stations.count,
            ],
            selection: ["admin_area.vintage": vintage, "crime_stat.year": String(year)])
    }

    /// The requested vintage, else 2021-04 (the population's period) when loaded, else the latest.
    private func chooseVintage(_ requested: String?) throws -> String {
        let rows = try connection.query(
            "SELECT vintage FROM admin_area WHERE level = 'hangjeongdong' GROUP BY vintage ORDER BY vintage DESC",
            purpose: "list the 행정동 boundary vintages")
        let vintages = try rows.map { try $0.decode(String.self, at: 0) }
        guard !vintages.isEmpty else {
            throw AnsimError("admin_area has no 행정동 boundaries: \(Self.loadFirst)")
        }
        if let requested {
            guard vintages.contains(requested) else {
                throw AnsimError(
                    "no 행정동 boundaries of vintage \(requested) (loaded: \(vintages.joined(separator: ", ")))")
            }
            return requested
        }
        return vintages.contains("2021-04") ? "2021-04" : vintages[0]
    }

    /// The latest population of each matched 행정동.
    private func population() throws -> [String: Int] {
        var out: [String: Int] = [:]
        for row in try connection.query(
            """
            SELECT DISTINCT ON (adm_code) adm_code, population FROM population_dong
             WHERE adm_code IS NOT NULL ORDER BY adm_code, period DESC
            """, purpose: "read the 행정동 populations")
        {
            out[try row.decode(String.self, at: 0)] = try row.decode(Int.self, at: 1)
        }
        return out
    }

    private func crimeCounts(year: Int) throws -> [CrimeCount] {
        let rows = try connection.query(
            """
            SELECT unit, crime, occurred, coalesce(arrested, 0) FROM crime_stat
             WHERE year = $1 AND unit_kind = 'gu' AND unit NOT IN ('합계', '소계')
             ORDER BY unit, crime
            """, [year], purpose: "read the published 자치구 crime counts")
        let counts = try rows.compactMap { row -> CrimeCount? in
            guard let crime = CrimeClass(name: try row.decode(String.self, at: 1)) else { return nil }
            return CrimeCount(
                gu: try row.decode(String.self, at: 0), crime: crime,
                occurred: try row.decode(Int.self, at: 2),
                arrested: try row.decode(Int.self, at: 3))
        }
        guard counts.isEmpty else { return counts }
        let years = try connection.query(
            "SELECT DISTINCT year FROM crime_stat WHERE unit_kind = 'gu' ORDER BY year",
            purpose: "list the years of published counts"
        ).map { String(try $0.decode(Int.self, at: 0)) }
        if years.isEmpty { throw AnsimError("crime_stat has no 자치구 counts: \(Self.loadFirst)") }
        throw AnsimError(
            "crime_stat has no 자치구 counts for \(year) (years loaded: \(years.joined(separator: ", ")))")
    }

    /// "서울특별시 종로구 사직동" → "종로구".
    static func guFromFullName(_ fullName: String) -> String? {
        fullName.split(separator: " ").map(String.init).first { $0.hasSuffix("구") }
    }
}
