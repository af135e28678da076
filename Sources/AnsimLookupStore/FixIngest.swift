import AnsimGeo
import AnsimLookup
import AnsimStore
import Foundation

/// GPS fixes arriving as NDJSON (one JSON object a line) over HTTP or from a file:
///
/// ```
/// {"tag":"EM-0000001","time":"2026-11-28T12:00:00Z","lon":127.0276,"lat":37.4979,"heading":90,"speed":1.3}
/// {"person_id":1,"time":"2026-11-28T12:01:00Z","x":958243,"y":1944398}
/// ```
/// A line names the wearer by `tag` or `person_id` and the place by `lon`/`lat`
/// (WGS84) or `x`/`y` (EPSG:5179). Bad lines are rejected with their line number; the
/// good ones are inserted with ON CONFLICT DO NOTHING (a fix sent twice is stored once;
/// out-of-order fixes are fine).
public enum FixIngest {
    struct Line: Decodable {
        var tag: String?
        var person_id: Int64?
        var time: String
        var x: Double?
        var y: Double?
        var lon: Double?
        var lat: Double?
        var heading: Double?
        var speed: Double?
    }

    /// The outcome of parsing.
    public struct Parsed: Sendable {
        /// Fixes to insert, with the speed (m/s) when given.
        public var fixes: [GPSFix] = []
        public var speeds: [Double?] = []
        /// Rejected lines: 1-based number and reason.
        public var rejected: [(line: Int, reason: String)] = []
    }

    /// Parses NDJSON `text`; `person` resolves a tag, `now` (ms) refuses fixes more than a
    /// minute in the future.
    public static func parse(_ text: Substring, person: (String) -> Int64?, now: Int64) throws -> Parsed {
        var out = Parsed()
        var lonLat: [(index: Int, lon: Double, lat: Double)] = []
        let decoder = JSONDecoder()
        let rawLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let present = rawLines.indices.filter { !rawLines[$0].allSatisfy(\.isWhitespace) }
        // Fast path: the whole batch as one JSON array; line by line only when it fails.
        let all = try? decoder.decode(
            [Line].self, from: Data(("[" + present.map { String(rawLines[$0]) }.joined(separator: ",") + "]").utf8))
        for (k, n) in present.enumerated() {
            let decoded = all?[k] ?? (try? decoder.decode(Line.self, from: Data(rawLines[n].utf8)))
            guard let l = decoded else {
                out.rejected.append((n + 1, "not a JSON fix object")); continue
            }
            guard let id = l.person_id ?? l.tag.flatMap(person) else {
                out.rejected.append((n + 1, "unknown wearer (tag or person_id)")); continue
            }
            guard let t = ISOTime.parse(l.time) else {
                out.rejected.append((n + 1, "time is not ISO 8601 with a zone")); continue
            }
            guard t <= now + 60_000 else { out.rejected.append((n + 1, "time lies in the future")); continue }
            if let h = l.heading, !(h >= 0 && h < 360) {
                out.rejected.append((n + 1, "heading must be 0 … <360")); continue
            }
            if let x = l.x, let y = l.y {
                out.fixes.append(GPSFix(person: id, time: t, x: x, y: y, heading: l.heading))
            } else if let lon = l.lon, let lat = l.lat, abs(lon) <= 180, abs(lat) <= 90 {
                lonLat.append((out.fixes.count, lon, lat))
                out.fixes.append(GPSFix(person: id, time: t, x: 0, y: 0, heading: l.heading))
            } else {
                out.rejected.append((n + 1, "needs x and y (EPSG:5179) or lon and lat")); continue
            }
            out.speeds.append(l.speed.flatMap { $0 >= 0 ? $0 : nil })
        }
        if !lonLat.isEmpty {
            var xs = lonLat.map(\.lon)
            var ys = lonLat.map(\.lat)
            try CoordinateTransform(from: .wgs84, to: .utmK).transform(xs: &xs, ys: &ys)
            for (k, p) in lonLat.enumerated() {
                out.fixes[p.index].x = xs[k]
                out.fixes[p.index].y = ys[k]
            }
        }
        return out
    }

    /// Inserts `parsed`'s fixes on `c` (inside the caller's transaction) and returns those
    /// that were new.
    public static func insert(_ parsed: Parsed, on c: Connection) throws -> [GPSFix] {
        guard !parsed.fixes.isEmpty else { return [] }
        try c.executeScript(
            """
            CREATE TEMP TABLE IF NOT EXISTS gps_fix_in (person_id int8, at_us int8, x float8, y float8,
              heading float8, speed float8) ON COMMIT DELETE ROWS
            """, purpose: "prepare the fix load")
        try c.copyInBinary(
            "COPY gps_fix_in FROM STDIN (FORMAT binary)", purpose: "copy fixes"
        ) { w in
            for (f, s) in zip(parsed.fixes, parsed.speeds) {
                w.append(int64: f.person)
                w.append(int64: f.time * 1000)
                w.append(float8: f.x)
                w.append(float8: f.y)
                if let h = f.heading { w.append(float8: h) } else { w.appendNull() }
                if let s { w.append(float8: s) } else { w.appendNull() }
                try w.endRow()
            }
        }
        let rows = try c.query(
            """
            INSERT INTO gps_fix (person_id, at, geom, heading_deg, speed_mps)
            SELECT DISTINCT ON (person_id, at_us) person_id, 'epoch'::timestamptz + at_us * interval '1 microsecond',
              ST_SetSRID(ST_MakePoint(x, y), 5179), heading, speed FROM gps_fix_in ORDER BY person_id, at_us
            ON CONFLICT DO NOTHING RETURNING person_id, (extract(epoch FROM at) * 1000)::bigint
            """, purpose: "insert fixes")
        var byKey: [String: GPSFix] = [:]
        for f in parsed.fixes { byKey["\(f.person)/\(f.time)"] = byKey["\(f.person)/\(f.time)"] ?? f }
        return try rows.compactMap { r in
            byKey["\(try r.decode(Int64.self, at: 0))/\(try r.decode(Int64.self, at: 1))"]
        }
    }
}
