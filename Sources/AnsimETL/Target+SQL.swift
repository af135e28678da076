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

    /// The temporary staging table: bookkeeping, coordinates, WKB, the geocoded point's
    /// precision (rows located from their address), then every field as text.
    var stagingDDL: String {
        let fields = stagedColumns.map { "\(Target.staged($0.name)) text" }.joined(separator: ", ")
        return """
            CREATE TEMP TABLE \(Target.stage) (row_number bigint, reason text, raw text, key text,
                x double precision, y double precision, wkb bytea, srid integer, geocoded text\(fields.isEmpty ? "" : ", " + fields))
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

    static let good = "ansim_good"

    /// Keeps the first row of each natural key (in-file duplicates dropped), indexed.
    static let prepareSQL = """
        CREATE TEMP TABLE \(good) ON COMMIT DROP AS
            SELECT DISTINCT ON (key) * FROM \(stage) WHERE reason IS NULL ORDER BY key, row_number;
        CREATE INDEX ON \(good) (key);
        ANALYZE \(good)
        """

    /// Statements that move the kept rows in; each returns one count, of rows inserted or
    /// changed. Snapshot tables update changed rows, then insert new ones with plain
    /// INSERTs (no speculative insertion: a per-source advisory lock keeps concurrent
    /// loads of the same file apart).
    var loadSQL: [String] {
        if table == "crime_stat" { return [crimeStatUpsertSQL] }
        let cols = insertColumns
        switch upsert {
        case .merge(let conflict): return [mergeSQL(cols, conflict)]
        case .snapshot(let conflict, _):
            let match = matchSQL(conflict)
            let updatable = cols.filter { !conflict.contains($0.name) }
            let set = updatable.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")
            let old = updatable.map { "t.\($0.name)" }.joined(separator: ", ")
            let new = updatable.map(\.value).joined(separator: ", ")
            let update = """
                WITH changed AS (
                    UPDATE \(table) t SET \(set) FROM \(Target.good) s
                    WHERE \(match) AND (\(old)) IS DISTINCT FROM (\(new))
                    RETURNING 1
                ) SELECT count(*) FROM changed
                """
            let insert = """
                WITH added AS (
                    INSERT INTO \(table) (\(cols.map(\.name).joined(separator: ", ")))
                    SELECT \(cols.map(\.value).joined(separator: ", ")) FROM \(Target.good) s
                    WHERE NOT EXISTS (SELECT 1 FROM \(table) t WHERE \(match))
                    RETURNING 1
                ) SELECT count(*) FROM added
                """
            return [update, insert]
        }
    }

    /// The SQL that pairs a table row `t` with a kept row `s` on the table's natural key.
    func matchSQL(_ conflict: [String]) -> String {
        conflict.map { c -> String in
            switch c {
            case "agency": return "t.agency = $3"
            case "source": return "t.source = $1"
            case "source_file": return "t.source_file = $2"
            case keyColumn: return "t.\(c) = s.key"
            default:
                let column = columns.first { $0.name == c }
                return "t.\(c) = \(column?.value ?? "s.\(Target.staged(c))")"
            }
        }.joined(separator: " AND ")
    }

    /// Merged tables (several sources feed a row): existing values win, sources accumulate.
    private func mergeSQL(_ cols: [(name: String, value: String)], _ conflict: [String]) -> String {
        let updatable = cols.filter { !conflict.contains($0.name) && $0.name != "source_file" }
        let newValue: (String) -> String = { name in
            name == "sources"
                ? "ARRAY(SELECT DISTINCT u FROM unnest(t.sources || EXCLUDED.sources) AS u ORDER BY u)"
                : "coalesce(t.\(name), EXCLUDED.\(name))"
        }
        let set = updatable.map { "\($0.name) = \(newValue($0.name))" }.joined(separator: ", ")
        let old = updatable.map { "t.\($0.name)" }.joined(separator: ", ")
        let new = updatable.map { newValue($0.name) }.joined(separator: ", ")
        return """
            WITH up AS (
                INSERT INTO \(table) AS t (\(cols.map(\.name).joined(separator: ", ")))
                SELECT \(cols.map(\.value).joined(separator: ", ")) FROM \(Target.good) s
                ON CONFLICT (\(conflict.joined(separator: ", "))) DO UPDATE SET \(set)
                WHERE (\(old)) IS DISTINCT FROM (\(new))
                RETURNING 1
            ) SELECT count(*) FROM up
            """
    }

    /// Deletes the rows of this source file that the new export no longer has;
    /// nil for merged tables (several sources share their rows).
    var removeSQL: String? {
        guard case .snapshot(let conflict, let agency) = upsert else { return nil }
        let match = conflict.filter { !["agency", "source", "source_file", "crime"].contains($0) }
        var sql = matchSQL(match)
        var from = Target.good + " s"
        if table == "crime_stat" {
            sql += " AND t.crime = c->>'crime'"
            from += ", jsonb_array_elements(s.f_counts::jsonb) c"
        }
        return """
            DELETE FROM \(table) t WHERE t.source = $1 AND t.source_file = $2\(agency ? " AND t.agency = $3" : "")
              AND NOT EXISTS (SELECT 1 FROM \(from) WHERE \(sql))
            """
    }

    private var crimeStatUpsertSQL: String {
        """
        WITH up AS (
            INSERT INTO crime_stat AS t (year, unit_kind, unit, crime, occurred, arrested, gu, source, source_file)
            SELECT s.f_year::integer, s.f_unit_kind, s.f_unit, c->>'crime', (c->>'occurred')::integer,
                   (c->>'arrested')::integer, s.f_gu, $1, $2
            FROM \(Target.good) s, jsonb_array_elements(s.f_counts::jsonb) c
            ON CONFLICT (year, unit_kind, unit, crime, source) DO UPDATE SET occurred = EXCLUDED.occurred,
                arrested = EXCLUDED.arrested, gu = EXCLUDED.gu, source_file = EXCLUDED.source_file
            WHERE (t.occurred, t.arrested, t.gu, t.source_file)
                  IS DISTINCT FROM (EXCLUDED.occurred, EXCLUDED.arrested, EXCLUDED.gu, EXCLUDED.source_file)
            RETURNING year, unit_kind, unit
        )
        SELECT count(*) FROM (SELECT DISTINCT * FROM up) d
        """
    }
}
