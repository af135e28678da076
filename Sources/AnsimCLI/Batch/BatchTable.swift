import ArgumentParser

/// The point tables `ansim batch export` can write to the store, with the columns that
/// become each partition's time and class.
enum BatchTable: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// Recorded crimes (`incident`): occurred_at, crime_class.
    case incident
    /// 112 emergency calls (`call_112`): received_at, call_type.
    case call112 = "call_112"

    /// The timestamp that places a row in a month.
    var timeColumn: String { self == .incident ? "occurred_at" : "received_at" }

    /// The class of the row (사건종별 for calls).
    var classColumn: String { self == .incident ? "crime_class" : "call_type" }

    /// The rows of one agency and month, in id order, as the text columns of the partition
    /// CSV: id, agency, month, occurred_at (UTC, ISO 8601), crime_class, station,
    /// synthetic, x, y (EPSG:5179 metres, shortest exact text). $1 is the month's first
    /// day, $2 the agency; the month is taken in the agency's time zone.
    var partitionQuery: String {
        """
        SELECT t.id::text, t.agency, $1::text AS month,
               to_char(t.\(timeColumn) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at,
               t.\(classColumn) AS crime_class, coalesce(t.station, '') AS station,
               CASE WHEN t.synthetic THEN 't' ELSE 'f' END AS synthetic,
               ST_X(t.geom)::text AS x, ST_Y(t.geom)::text AS y
        FROM \(rawValue) t JOIN agency a ON a.code = t.agency
        WHERE t.agency = $2
          AND t.\(timeColumn) >= (($1 || '-01')::timestamp AT TIME ZONE a.timezone)
          AND t.\(timeColumn) < ((($1 || '-01')::date + interval '1 month')::timestamp AT TIME ZONE a.timezone)
        ORDER BY t.id
        """
    }

    /// The agencies with rows in the month ($1 = YYYY-MM), each with its current month.
    var agenciesQuery: String {
        """
        SELECT a.code, to_char(now() AT TIME ZONE a.timezone, 'YYYY-MM') AS current_month
        FROM agency a
        WHERE EXISTS (
            SELECT 1 FROM \(rawValue) t WHERE t.agency = a.code
              AND t.\(timeColumn) >= (($1 || '-01')::timestamp AT TIME ZONE a.timezone)
              AND t.\(timeColumn) < ((($1 || '-01')::date + interval '1 month')::timestamp AT TIME ZONE a.timezone))
        ORDER BY a.code
        """
    }
}
