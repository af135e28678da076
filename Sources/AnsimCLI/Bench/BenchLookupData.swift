import AnsimLookup
import AnsimLookupStore
import AnsimRoutingStore
import AnsimStore
import AnsimSynth
import ArgumentParser
import Foundation

/// The bench database's contents (synthetic, seeded) and its scenes.
struct BenchLookupData {
    var summary: String
    var until: Int64
    var box: (minX: Double, minY: Double, maxX: Double, maxY: Double)

    /// A scene inside the road graph's extent at a time within the tracks.
    func scene(_ rng: inout SynthRandom) -> LookupQuery {
        LookupQuery(
            x: box.minX + 500 + rng.uniform() * (box.maxX - box.minX - 1000),
            y: box.minY + 500 + rng.uniform() * (box.maxY - box.minY - 1000),
            time: until - Int64(rng.below(3600)) * 1000, code: rng.below(5),
            incidentClass: ["성폭력", "강도", "실종", "폭력"][rng.below(4)])
    }

    static func build(
        main: Connection, bench db: Connection, roads: String, wearers: Int, offenders: Int, cameras: Int, seed: UInt64
    ) throws -> BenchLookupData {
        let anchors = try main.query("SELECT ST_X(geom), ST_Y(geom) FROM cctv ORDER BY id", purpose: "read CCTV anchors")
            .map { (x: try $0.decode(Double.self, at: 0), y: try $0.decode(Double.self, at: 1), weight: 1.0) }
        guard !anchors.isEmpty else { throw ValidationError("load the CCTV sources first: they anchor the synthetic data") }
        let graph = try RoadGraphLoader().load(path: roads, name: "bench", on: db)
        var rng = SynthRandom(seed: seed, stream: "bench-cameras")
        _ = try db.copyIn("COPY cctv (source, source_key, purpose, view_direction, view_range_m, geom) FROM STDIN", purpose: "bench cameras") { w in
            for i in 0..<cameras {
                let a = anchors[rng.below(anchors.count)]
                w.append("synthetic_bench")
                w.append("c\(i)")
                w.append("synthetic")
                if i % 3 == 0 { w.append(Double(rng.below(360))) } else { w.appendNull() }
                if i % 4 == 0 { w.append(Double(20 + rng.below(80))) } else { w.appendNull() }
                w.append("SRID=5179;POINT(\(a.x + 100 * rng.normal()) \(a.y + 100 * rng.normal()))")
                try w.endRow()
            }
        }
        let boxes = try main.query("SELECT name, ST_X(geom), ST_Y(geom) FROM police_org WHERE kind = 'box' AND geom IS NOT NULL", purpose: "boxes")
        for b in boxes {
            try db.execute(
                "INSERT INTO police_org (kind, name, geom) VALUES ('box', $1, ST_SetSRID(ST_MakePoint($2, $3), 5179))",
                [try b.decode(String.self, at: 0), try b.decode(Double.self, at: 1), try b.decode(Double.self, at: 2)], purpose: "bench box")
        }
        let until = ISOTime.now() / 60_000 * 60_000 - 3_600_000
        let t0 = Date()
        let people = PeopleGenerator.generate(
            PeopleParameters(seed: seed, wearers: wearers, offenders: offenders, until: until, minutes: 60, interval: 60),
            anchors: anchors)
        let counts = try PeopleLoader.load(people, on: db)
        let e = try db.query("SELECT ST_XMin(x), ST_YMin(x), ST_XMax(x), ST_YMax(x) FROM (SELECT ST_Extent(geom) x FROM road_vertex) s", purpose: "extent")[0]
        let summary = String(
            format: "lookup benchmark (synthetic, seed %llu): %d wearers with %d fixes, %d registered offenders (%d persons), %d cameras, %d boxes; graph %d vertices, %d edges; people loaded in %.1f s",
            seed, counts.wearers, counts.fixes, counts.offenders, counts.wearers + counts.offenders, cameras, boxes.count,
            graph.summary.vertices, graph.summary.edges, Date().timeIntervalSince(t0))
        return BenchLookupData(
            summary: summary, until: until,
            box: (try e.decode(at: 0), try e.decode(at: 1), try e.decode(at: 2), try e.decode(at: 3)))
    }
}
