import AnsimLookup
import AnsimLookupStore
import AnsimRouting
import AnsimRoutingStore
import AnsimStore
import AnsimSynth
import AnsimTestSupport
import Foundation

/// A migrated scratch database with the Gangnam road graph, random cameras (some with a
/// view direction), police boxes, incidents and calls, and seeded synthetic people —
/// and a ``LookupStore`` loaded from it.
final class LookupFixture: @unchecked Sendable {
    let name: String
    let db: Connection
    let store: LookupStore
    let settings: ConnectionSettings
    /// Extent of the road graph (EPSG:5179).
    let box: (minX: Double, minY: Double, maxX: Double, maxY: Double)
    /// The time the synthetic tracks end (ms).
    static let until: Int64 = 1_703_980_800_000  // 2023-12-31T00:00:00Z

    init(_ prefix: String, seed: UInt64 = 7) throws {
        (name, db) = try TestDatabase.migratedScratch(prefix)
        settings = .url(try TestDatabase.url(database: name))
        _ = try RoadGraphLoader().load(
            path: try TestEnvironment.dataFile("roads/gangnam_juso_roadmap_2019/TL_SPRD_MANAGE.shp"),
            name: "gangnam", on: db)
        let e = try db.query(
            "SELECT ST_XMin(x), ST_YMin(x), ST_XMax(x), ST_YMax(x) FROM (SELECT ST_Extent(geom) x FROM road_vertex) s",
            purpose: "graph extent")[0]
        let b: (minX: Double, minY: Double, maxX: Double, maxY: Double) = (
            try e.decode(at: 0), try e.decode(at: 1), try e.decode(at: 2), try e.decode(at: 3)
        )
        box = b
        var rng = SynthRandom(seed: seed, stream: "fixture")
        func point() -> (Double, Double) {
            (b.minX + rng.uniform() * (b.maxX - b.minX), b.minY + rng.uniform() * (b.maxY - b.minY))
        }
        for i in 0..<600 {
            let (x, y) = point()
            let dir: Double? = i % 3 == 0 ? Double(rng.below(360)) : nil
            let range: Double? = i % 4 == 0 ? 20 + Double(rng.below(80)) : nil
            try db.execute(
                """
                INSERT INTO cctv (source, source_key, purpose, view_direction, view_range_m, geom)
                VALUES ('test', $1, 'crime prevention', $2, $3, ST_SetSRID(ST_MakePoint($4, $5), 5179))
                """, ["c\(i)", dir, range, x, y], purpose: "add a camera")
        }
        for i in 0..<12 {
            let (x, y) = point()
            try db.execute(
                "INSERT INTO police_org (kind, name, geom) VALUES ('box', $1, ST_SetSRID(ST_MakePoint($2, $3), 5179))",
                ["시험\(i)지구대", x, y], purpose: "add a box")
        }
        let classes = ["절도", "폭력", "성폭력", "강도"]
        for (table, column, klass) in [("incident", "occurred_at", "crime_class"), ("call_112", "received_at", "call_type")] {
            var rows: [String] = []
            for i in 0..<1500 {
                let (x, y) = point()
                let t = Self.until - Int64(rng.below(700)) * 86_400_000 - Int64(rng.below(86_400)) * 1000
                rows.append("('t','f','\(i)','epoch'::timestamptz + \(t) * interval '1 millisecond','\(classes[rng.below(4)])',true,ST_SetSRID(ST_MakePoint(\(x),\(y)),5179)\(table == "call_112" ? ",2" : ""))")
            }
            try db.executeScript(
                "INSERT INTO \(table) (source, source_file, source_key, \(column), \(klass), synthetic, geom\(table == "call_112" ? ", code" : "")) VALUES "
                    + rows.joined(separator: ","), purpose: "add \(table)")
        }
        var anchors: [(x: Double, y: Double, weight: Double)] = []
        for _ in 0..<50 {
            let (x, y) = point()
            anchors.append((x, y, 1.0))
        }
        let people = PeopleGenerator.generate(
            PeopleParameters(seed: seed, wearers: 150, offenders: 1500, until: Self.until, minutes: 90, interval: 60),
            anchors: anchors)
        _ = try PeopleLoader.load(people, on: db)
        store = try LookupStore(settings: settings, graph: "gangnam")
        try store.load()
    }

    deinit { TestDatabase.dropScratch(name) }

    /// A random scene inside the graph's extent, at a time within the tracks.
    func scene(_ rng: inout SynthRandom, radius: Double = 600) -> LookupQuery {
        let x = box.minX + 500 + rng.uniform() * (box.maxX - box.minX - 1000)
        let y = box.minY + 500 + rng.uniform() * (box.maxY - box.minY - 1000)
        return LookupQuery(
            x: x, y: y, time: Self.until - Int64(rng.below(90 * 60)) * 1000, code: rng.below(5),
            incidentClass: ["성폭력", "강도", "실종", "절도"][rng.below(4)], radius: radius, minutes: 20)
    }
}
