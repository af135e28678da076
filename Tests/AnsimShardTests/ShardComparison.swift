import AnsimStore
import Foundation

/// The questions asked of both the sharded coordinator and the single cluster, whose
/// answers must be equal: counts, grouped counts, hotspot cells and point lookups.
/// Every query orders its rows fully, so equal answers compare equal as text.
enum ShardComparison {
    /// A named query; `agency` restricts it to one agency ($1) when set.
    struct Question: Sendable {
        var name: String
        var sql: String
    }

    /// Rows per agency of both event tables.
    static let counts = Question(
        name: "rows per agency",
        sql: """
            SELECT 'incident', agency, count(*) FROM incident WHERE agency = ANY($1) GROUP BY 1, 2
            UNION ALL SELECT 'call_112', agency, count(*) FROM call_112 WHERE agency = ANY($1) GROUP BY 1, 2
            ORDER BY 1, 2
            """)

    /// Incidents by agency, class and month; calls by agency, code and month.
    static let byClassAndMonth = Question(
        name: "by class and month",
        sql: """
            SELECT 'incident', agency, crime_class, to_char(occurred_at, 'YYYY-MM'), count(*),
                   count(*) FILTER (WHERE arrested)
              FROM incident WHERE agency = ANY($1) GROUP BY 1, 2, 3, 4
            UNION ALL
            SELECT 'call_112', agency, code::text, to_char(received_at, 'YYYY-MM'), count(*),
                   count(*) FILTER (WHERE dispatched_at IS NOT NULL)
              FROM call_112 WHERE agency = ANY($1) GROUP BY 1, 2, 3, 4
            ORDER BY 1, 2, 3, 4
            """)

    /// Hotspot cells: 100 m squares of EPSG:5179 with at least 2 incidents, per agency.
    static let hotspots = Question(
        name: "100 m hotspot cells",
        sql: """
            SELECT agency, floor(ST_X(geom) / 100)::bigint AS cx, floor(ST_Y(geom) / 100)::bigint AS cy, count(*)
              FROM incident WHERE agency = ANY($1)
             GROUP BY 1, 2, 3 HAVING count(*) >= 2 ORDER BY 1, 2, 3
            """)

    /// Lookup: incidents and calls within 1 km of five places in a spring window, with
    /// distances (the 112-call scene lookup, over both tables).
    static let lookup = Question(
        name: "within 1 km of five places, March–May 2023",
        sql: """
            WITH place (name, geom) AS (
                SELECT name, ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 5179)
                  FROM (VALUES ('city hall', 126.9779692, 37.566535), ('gangnam', 127.0276, 37.4979),
                               ('hongdae', 126.9245, 37.5563), ('jamsil', 127.1000, 37.5133),
                               ('yeongdeungpo', 126.9066, 37.5159)) v (name, lon, lat))
            SELECT p.name, 'incident', i.agency, i.source_key, round(ST_Distance(i.geom, p.geom)::numeric, 2)
              FROM place p JOIN incident i ON ST_DWithin(i.geom, p.geom, 1000)
             WHERE i.agency = ANY($1) AND i.occurred_at >= '2023-03-01' AND i.occurred_at < '2023-06-01'
            UNION ALL
            SELECT p.name, 'call_112', c.agency, c.source_key, round(ST_Distance(c.geom, p.geom)::numeric, 2)
              FROM place p JOIN call_112 c ON ST_DWithin(c.geom, p.geom, 1000)
             WHERE c.agency = ANY($1) AND c.received_at >= '2023-03-01' AND c.received_at < '2023-06-01'
            ORDER BY 1, 2, 3, 4
            """)

    static let all = [counts, byClassAndMonth, hotspots, lookup]

    /// The answer as text rows, for comparison.
    static func answer(_ result: QueryResult) -> [[String?]] {
        result.map { row in (0..<result.columns.count).map { row[$0] } }
    }

    /// A Postgres text[] literal of agency codes (codes are plain identifiers).
    static func agencies(_ codes: [String]) -> String { "{" + codes.joined(separator: ",") + "}" }
}
