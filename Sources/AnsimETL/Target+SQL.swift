/// The SQL that moves staged rows into a target table. Parameters: $1 source id,
/// $2 source file, $3 agency (only where the table has an agency column).
extension Target {
    static let stage = "ansim_stage"

    var stagedColumns: [TargetColumn] { columns.filter(\.staged) }

    var hasAgency: Bool {
        switch upsert {
        case .snapshot(_, let agency): agency
        case .merge(let conflict): conflict.contains("agency")
        }
    }

    /// The temporary staging table: bookkeeping, coordinates, WKB, then every field as text.
    var stagingDDL: String {
        let fields = stagedColumns.map { "\(Target.staged($0.name)) text" }.joined(separator: ", ")
        return """
            CREATE TEMP TABLE \(Target.stage) (row_number bigint, reason text, raw text, key text,
                x double precision, y double precision, wkb bytea, srid integer\(fields.isEmpty ? "" : ", " + fields))
            ON COMMIT DROP
            """
    }

    var geometryValue: String? {
        switch geometry {
        case .none: return nil
        case .point(let srid): return "ST_SetSRID(ST_MakePoint(s.x, s.y), \(srid))"
        case .shape(let srid, let dimension, let multi):
            let base = "ST_SetSRID(ST_GeomFromWKB(s.wkb), s.srid)"
            if !multi { return "ST_Transform(\(base), \(srid))" }
            let kind = dimension == 2 ? 3 : 2
            return "ST_Multi(ST_Transform(ST_CollectionExtract(ST_MakeValid(\(base)), \(kind)), \(srid)))"
        }
    }

    /// Inserted columns and their values (reading the staged row `s`).
    var insertColumns: [(name: String, value: String)] {
        var list: [(String, String)] = []
        if hasAgency { list.append(("agency", "$3")) }
        if case .merge = upsert {
            list.append(("sources", "ARRAY[$1]"))
        } else {
            list.append(("source", "$1"))
        }
        list.append(("source_file", "$2"))
        if let keyColumn { list.append((keyColumn, "s.key")) }
        for c in columns { list.append((c.name, c.value)) }
        if let g = geometryValue { list.append(("geom", g)) }
        return list
    }

    /// The statement returning (rows kept after removing in-file duplicates, rows inserted or updated).
    var upsertSQL: String {
        if table == "crime_stat" { return crimeStatUpsertSQL }
        let conflict: [String]
        var isMerge = false
        switch upsert {
        case .snapshot(let c, _): conflict = c
        case .merge(let c):
            conflict = c
            isMerge = true
        }
        let cols = insertColumns
        let updatable = cols.filter { !conflict.contains($0.name) && !(isMerge && $0.name == "source_file") }
        let newValue: (String) -> String = { name in
            if isMerge && name == "sources" {
                return "ARRAY(SELECT DISTINCT u FROM unnest(t.sources || EXCLUDED.sources) AS u ORDER BY u)"
            }
            return isMerge ? "coalesce(t.\(name), EXCLUDED.\(name))" : "EXCLUDED.\(name)"
        }
        let set = updatable.map { "\($0.name) = \(newValue($0.name))" }.joined(separator: ", ")
        let old = updatable.map { "t.\($0.name)" }.joined(separator: ", ")
        let new = updatable.map { newValue($0.name) }.joined(separator: ", ")
        return """
            WITH good AS (
                SELECT DISTINCT ON (key) * FROM \(Target.stage) WHERE reason IS NULL ORDER BY key, row_number
            ), up AS (
                INSERT INTO \(table) AS t (\(cols.map(\.name).joined(separator: ", ")))
                SELECT \(cols.map(\.value).joined(separator: ", ")) FROM good s
                ON CONFLICT (\(conflict.joined(separator: ", "))) DO UPDATE SET \(set)
                WHERE (\(old)) IS DISTINCT FROM (\(new))
                RETURNING 1
            )
            SELECT (SELECT count(*) FROM good) AS good, (SELECT count(*) FROM up) AS loaded
            """
    }

    /// Deletes the rows of this source file that the new export no longer has;
    /// nil for merged tables (several sources share their rows).
    var removeSQL: String? {
        guard case .snapshot(let conflict, let agency) = upsert else { return nil }
        var match: [String] = []
        for c in conflict where !["agency", "source", "source_file"].contains(c) {
            if c == keyColumn {
                match.append("t.\(c) = s.key")
            } else if c == "crime" {
                match.append("t.crime = c->>'crime'")
            } else if let column = columns.first(where: { $0.name == c }) {
                match.append("t.\(c) = \(column.value)")
            }
        }
        let unnest = table == "crime_stat" ? ", jsonb_array_elements(s.f_counts::jsonb) c" : ""
        return """
            DELETE FROM \(table) t WHERE t.source = $1 AND t.source_file = $2\(agency ? " AND t.agency = $3" : "")
              AND NOT EXISTS (SELECT 1 FROM \(Target.stage) s\(unnest)
                              WHERE s.reason IS NULL AND \(match.joined(separator: " AND ")))
            """
    }

    private var crimeStatUpsertSQL: String {
        """
        WITH good AS (
            SELECT DISTINCT ON (key) * FROM \(Target.stage) WHERE reason IS NULL ORDER BY key, row_number
        ), up AS (
            INSERT INTO crime_stat AS t (year, unit_kind, unit, crime, occurred, arrested, gu, source, source_file)
            SELECT s.f_year::integer, s.f_unit_kind, s.f_unit, c->>'crime', (c->>'occurred')::integer,
                   (c->>'arrested')::integer, s.f_gu, $1, $2
            FROM good s, jsonb_array_elements(s.f_counts::jsonb) c
            ON CONFLICT (year, unit_kind, unit, crime, source) DO UPDATE SET occurred = EXCLUDED.occurred,
                arrested = EXCLUDED.arrested, gu = EXCLUDED.gu, source_file = EXCLUDED.source_file
            WHERE (t.occurred, t.arrested, t.gu, t.source_file)
                  IS DISTINCT FROM (EXCLUDED.occurred, EXCLUDED.arrested, EXCLUDED.gu, EXCLUDED.source_file)
            RETURNING year, unit_kind, unit
        )
        SELECT (SELECT count(*) FROM good) AS good, (SELECT count(*) FROM (SELECT DISTINCT * FROM up) d) AS loaded
        """
    }
}
