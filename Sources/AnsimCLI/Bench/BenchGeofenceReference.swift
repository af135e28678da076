import AnsimHotline
import AnsimStore
import Foundation

/// PostGIS's answer for the same fixes, and agreement with the engine's distances.
enum BenchGeofenceReference {
    struct Outcome {
        var seconds = 0.0
        var bruteRate = 0.0
        var bruteFixes = 0
        var pairs2km = 0
        var pairs100m = 0
        var enginePairs2km = 0
        var enginePairs100m = 0
    }

    static func run(places: [GeofencePlace], fixes: [GeofenceFix], on c: Connection) throws -> Outcome {
        try c.executeScript(
            """
            DROP TABLE IF EXISTS bench_geofence_fix, bench_geofence_place;
            CREATE TABLE bench_geofence_place (id bigint, tag text, x float8, y float8);
            CREATE TABLE bench_geofence_fix (i bigint, tag text, x float8, y float8);
            """, purpose: "create the reference tables")
        try c.copyIn("COPY bench_geofence_place FROM STDIN", purpose: "load places") { w in
            for p in places {
                w.append(Int(p.id)); w.append(p.tag); w.append(p.x); w.append(p.y)
                try w.endRow()
            }
        }
        try c.copyIn("COPY bench_geofence_fix FROM STDIN", purpose: "load fixes") { w in
            for (i, f) in fixes.enumerated() {
                w.append(i); w.append(f.tag); w.append(f.x); w.append(f.y)
                try w.endRow()
            }
        }
        try c.executeScript(
            """
            ALTER TABLE bench_geofence_place ADD COLUMN geom geometry(Point, 5179);
            UPDATE bench_geofence_place SET geom = ST_SetSRID(ST_MakePoint(x, y), 5179);
            ALTER TABLE bench_geofence_fix ADD COLUMN geom geometry(Point, 5179);
            UPDATE bench_geofence_fix SET geom = ST_SetSRID(ST_MakePoint(x, y), 5179);
            CREATE INDEX ON bench_geofence_place USING gist (geom);
            CREATE INDEX ON bench_geofence_place (tag);
            ANALYZE bench_geofence_place; ANALYZE bench_geofence_fix;
            """, purpose: "geometries and indexes")
        var o = Outcome()
        var t = Date()
        let rows = try c.query(
            """
            SELECT count(*), count(*) FILTER (WHERE ST_DWithin(f.geom, p.geom, 100))
            FROM bench_geofence_fix f JOIN bench_geofence_place p ON p.tag = f.tag AND ST_DWithin(f.geom, p.geom, 2000)
            """, purpose: "the per-wearer ST_DWithin check")
        o.seconds = Date().timeIntervalSince(t)
        o.pairs2km = try rows[0].decode(Int.self, at: 0)
        o.pairs100m = try rows[0].decode(Int.self, at: 1)
        o.bruteFixes = min(10_000, fixes.count)
        t = Date()
        _ = try c.query(
            """
            SELECT count(*) FROM (SELECT * FROM bench_geofence_fix ORDER BY i LIMIT $1) f
            JOIN bench_geofence_place p ON ST_DWithin(f.geom, p.geom, 2000)
            """, [o.bruteFixes], purpose: "the brute-force ST_DWithin check")
        o.bruteRate = Double(o.bruteFixes) / Date().timeIntervalSince(t)
        let byTag = Dictionary(grouping: places, by: \.tag)
        for f in fixes {
            for p in byTag[f.tag] ?? [] {
                let d = ((f.x - p.x) * (f.x - p.x) + (f.y - p.y) * (f.y - p.y)).squareRoot()
                if d <= 2000 { o.enginePairs2km += 1 }
                if d <= 100 { o.enginePairs100m += 1 }
            }
        }
        try c.executeScript(
            "DROP TABLE bench_geofence_fix, bench_geofence_place", purpose: "drop the reference tables")
        return o
    }
}
