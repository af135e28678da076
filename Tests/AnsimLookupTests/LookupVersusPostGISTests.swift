import AnsimLookup
import AnsimLookupStore
import AnsimRouting
import AnsimStore
import AnsimSynth
import Foundation
import Testing

/// The lookup's answers equal brute-force PostGIS queries (ST_DWithin, ST_Distance,
/// ST_Azimuth) and pgRouting's pgr_drivingDistance on random scenes.
@Suite(.serialized) struct LookupVersusPostGISTests {
    static let fixture = Result { try LookupFixture("lookup_brute") }

    func scene(_ f: LookupFixture, _ q: LookupQuery) -> String {
        "(SELECT ST_SetSRID(ST_MakePoint(\(q.x), \(q.y)), 5179) AS s, 'epoch'::timestamptz + \(q.time) * interval '1 millisecond' AS t)"
    }

    /// The direct JSON writer gives the bytes of Foundation's JSONEncoder (snake_case,
    /// sorted keys, slashes unescaped), for full and redacted results, with and without
    /// the reach; the hand-written ISO times equal the String(format:) ones.
    /// The ISO time as ISOTime formatted it before (gmtime_r and String(format:)).
    static func formatWithLibc(_ ms: Int64) -> String {
        var seconds = time_t(ms >= 0 ? ms / 1000 : (ms - 999) / 1000)
        let millis = Int(ms - Int64(seconds) * 1000)
        var t = tm()
        gmtime_r(&seconds, &t)
        let base = String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d", Int(t.tm_year) + 1900, Int(t.tm_mon) + 1, Int(t.tm_mday),
            Int(t.tm_hour), Int(t.tm_min), Int(t.tm_sec))
        return millis == 0 ? base + "Z" : base + String(format: ".%03dZ", millis)
    }

    @Test func directJSONWriterEqualsJSONEncoder() throws {
        let f = try Self.fixture.get()
        var rng = SynthRandom(seed: 23, stream: "json scenes")
        for k in 0..<12 {
            var q = f.scene(&rng)
            q.includeReach = k % 3 != 2
            q.limit = [50, 3, 10_000][k % 3]
            let r = try f.store.engine.lookup(q)
            for result in [r, r.redactedForAnalyst()] {
                let direct = LookupJSON.bytes(result)
                let foundation = [UInt8](try LookupJSON.encodeWithFoundation(result))
                #expect(direct == foundation, "scene \(k): \(String(decoding: direct.prefix(300), as: UTF8.self))")
            }
        }
        var checked = 0
        for _ in 0..<2_000 {
            let ms = Int64(rng.below(4_000_000)) * 1_000_000 + Int64(rng.below(1_000_000)) - 1_000_000_000_000
            let t = rng.below(2) == 0 ? ms : ms / 1000 * 1000
            #expect(ISOTime.format(t) == Self.formatWithLibc(t), "\(t)")
            #expect(ISOTime.parse(ISOTime.format(t)) == t)
            checked += 1
        }
        #expect(checked == 2_000)
    }

    @Test func wearersOffendersCamerasAndHistoryEqualPostGIS() throws {
        let f = try Self.fixture.get()
        var rng = SynthRandom(seed: 11, stream: "scenes")
        var nonEmpty = (persons: 0, offenders: 0, cameras: 0, history: 0)
        let cameraSites = try f.db.query("SELECT ST_X(geom), ST_Y(geom) FROM cctv ORDER BY id", purpose: "cameras")
            .map { (try $0.decode(Double.self, at: 0), try $0.decode(Double.self, at: 1)) }
        for k in 0..<30 {
            var q = f.scene(&rng)
            if k % 2 == 1 {  // every other scene beside a camera, so that coverage is exercised
                let c = cameraSites[rng.below(cameraSites.count)]
                (q.x, q.y) = (c.0 + 30 * rng.uniform() - 15, c.1 + 30 * rng.uniform() - 15)
            }
            let r = try f.store.engine.lookup(q)
            let sc = scene(f, q)
            // Wearers: closest approach within R and ±T, the fixes counted, the last fix.
            let persons = try f.db.query(
                """
                SELECT DISTINCT ON (person_id) person_id, ST_Distance(geom, s) AS d, (extract(epoch FROM at) * 1000)::bigint,
                  count(*) OVER (PARTITION BY person_id)::int
                FROM gps_fix, \(sc) q
                WHERE ST_DWithin(geom, s, \(q.radius)) AND at BETWEEN t - interval '\(Int(q.minutes)) minutes' AND t + interval '\(Int(q.minutes)) minutes'
                ORDER BY person_id, d, at
                """, purpose: "brute-force wearers")
            let expected = Dictionary(uniqueKeysWithValues: try persons.map { row in
                (try row.decode(Int64.self, at: 0), (try row.decode(Double.self, at: 1), try row.decode(Int64.self, at: 2), try row.decode(Int.self, at: 3)))
            })
            #expect(Set(r.monitoredPersons.compactMap(\.personId)) == Set(expected.keys))
            for p in r.monitoredPersons {
                guard let e = expected[p.personId!] else { continue }
                #expect(abs(p.closestApproach.distanceM - e.0) <= 0.051)
                #expect(p.closestApproach.at == ISOTime.format(e.1))
                #expect(p.fixesInWindow == e.2)
                let last = try f.db.query(
                    "SELECT (extract(epoch FROM max(at)) * 1000)::bigint FROM gps_fix, \(sc) q WHERE person_id = $1 AND at <= t + interval '\(Int(q.minutes)) minutes'",
                    [p.personId!], purpose: "brute-force last fix")[0].decode(Int64.self, at: 0)
                #expect(p.lastFix?.at == ISOTime.format(last))
            }
            if !expected.isEmpty { nonEmpty.persons += 1 }
            // Registered offenders within R, ranked by relevance × nearness.
            let offenders = try f.db.query(
                "SELECT id, ST_Distance(geom, s), offence_class FROM registered_offender, \(sc) q WHERE ST_DWithin(geom, s, \(q.radius))",
                purpose: "brute-force offenders")
            var ranked: [(id: Int64, d: Double, score: Double)] = []
            for row in offenders {
                let d: Double = try row.decode(at: 1)
                let offence: String = try row.decode(at: 2)
                let rel = OffenceRelevance.relevance(offence: offence, incident: q.incidentClass)
                ranked.append((try row.decode(at: 0), d, OffenceRelevance.score(relevance: rel, distance: d, radius: q.radius)))
            }
            ranked.sort { a, b in
                if a.score != b.score { return a.score > b.score }
                if a.d != b.d { return a.d < b.d }
                return a.id < b.id
            }
            #expect(r.registeredOffenders.compactMap(\.offenderId) == Array(ranked.prefix(q.limit).map(\.id)))
            #expect(r.registeredOffendersTotal == ranked.count)
            if !ranked.isEmpty { nonEmpty.offenders += 1 }
            // Cameras covering the scene: range (50 m default) and a 90° field of view.
            let cams = try f.db.query(
                """
                SELECT id FROM cctv, \(sc) q
                WHERE ST_DWithin(geom, s, least(coalesce(view_range_m, 50), 300))
                  AND (view_direction IS NULL OR ST_Distance(geom, s) < 0.5
                       OR abs(mod((degrees(ST_Azimuth(geom, s)) - view_direction + 540)::numeric, 360) - 180) <= 45)
                """, purpose: "brute-force cameras")
            #expect(Set(r.cameras.map(\.id)) == Set(try cams.map { try $0.decode(Int64.self, at: 0) }))
            if !cams.isEmpty { nonEmpty.cameras += 1 }
            // Incidents and calls within 100 m in the last 365 days, by class.
            for (table, column, klass, counts) in [
                ("incident", "occurred_at", "crime_class", r.pastIncidents.incidents),
                ("call_112", "received_at", "call_type", r.pastIncidents.calls),
            ] {
                let rows = try f.db.query(
                    """
                    SELECT \(klass), count(*)::int FROM \(table), \(sc) q WHERE ST_DWithin(geom, s, 100)
                      AND \(column) BETWEEN t - interval '365 days' AND t GROUP BY 1
                    """, purpose: "brute-force \(table)")
                let byClass = Dictionary(uniqueKeysWithValues: try rows.map { (try $0.decode(String.self, at: 0), try $0.decode(Int.self, at: 1)) })
                #expect(counts.byClass == byClass)
                if !byClass.isEmpty { nonEmpty.history += 1 }
            }
        }
        // The scenes exercised every part (else the comparison proves little).
        #expect(nonEmpty.persons > 0, "no scene had a wearer")
        #expect(nonEmpty.offenders > 0, "no scene had an offender")
        #expect(nonEmpty.cameras > 0, "no scene had a camera")
        #expect(nonEmpty.history > 0, "no scene had history")
    }

    @Test func networkReachEqualsPgrDrivingDistance() throws {
        let f = try Self.fixture.get()
        let graph = try RoadGraph.load(name: "gangnam", on: f.db)
        var rng = SynthRandom(seed: 12, stream: "reach")
        var compared = 0
        for _ in 0..<8 {
            let q = f.scene(&rng)
            let r = try f.store.engine.lookup(q)
            for mode in [TravelMode.foot, .car] {
                guard let origin = graph.snapIfNear(x: q.x, y: q.y, mode: mode, limit: RoadGraph.defaultSnapLimit) else { continue }
                let reach = graph.reach(from: origin, mode: mode, within: 300)
                let e = graph.network.edges[Int(origin.edge)]
                var seeds: [(Int32, Double)] = []
                if e.cost(mode) >= 0 { seeds.append((e.target, (1 - origin.fraction) * e.cost(mode))) }
                if e.reverseCost(mode) >= 0 { seeds.append((e.source, origin.fraction * e.reverseCost(mode))) }
                var expected: [Int32: Double] = [:]
                let m = mode == .car ? "car" : "foot"
                for (v, c) in seeds where c <= 300 {
                    let rows = try f.db.query(
                        """
                        SELECT node, agg_cost FROM pgr_drivingDistance(
                          'SELECT id, source, target, cost_\(m) AS cost, reverse_cost_\(m) AS reverse_cost FROM road_edge',
                          $1::bigint, $2::float8, directed => true)
                        """, [Int(v) + 1, 300 - c], purpose: "pgr_drivingDistance")
                    for row in rows {
                        let node = Int32(try row.decode(Int.self, at: 0) - 1)
                        let cost = c + (try row.decode(Double.self, at: 1))
                        expected[node] = min(expected[node] ?? .infinity, cost)
                    }
                }
                expected = expected.filter { $0.value <= 300 }
                compared += expected.count
                #expect(Set(reach.reached) == Set(expected.keys), "\(mode) reach from (\(q.x), \(q.y))")
                for (v, c) in expected { #expect(abs(reach.costs[Int(v)] - c) <= 1e-6 * max(1, c)) }
                let bands = mode == .car ? r.escapeRoutes?.car?.bands : r.escapeRoutes?.foot?.bands
                for band in bands ?? [] {
                    #expect(band.vertices == expected.values.filter { $0 <= Double(band.minutes * 60) }.count)
                }
            }
        }
        #expect(compared > 100, "the scenes reached too few vertices to compare")
    }
}
