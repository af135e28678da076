-- shard.sql: run on each shard cluster after the normal migrations (001–015), by
-- scripts/shards.sh. Not part of the numbered migration chain: an ordinary install
-- never runs it.
--
-- The two event tables (incident, call_112) become RANGE-partitioned by month (month
-- boundaries in the agency's time zone, Asia/Seoul by default) with a DEFAULT
-- partition for times outside the months created so far. Columns, NOT NULLs, defaults
-- and CHECKs come from the migrated table (LIKE …), so a shard follows the normal
-- schema. `id` is a plain bigint: the coordinator gives it (one sequence for every
-- shard). The primary key, the natural key and the indexes lead with agency; a
-- partitioned table's unique keys must hold its partition key, so the time joins them.
-- Idempotent: a table that is already partitioned is left alone, and a table with
-- rows is never dropped.

CREATE OR REPLACE FUNCTION ansim_shard_partition_events() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    t record;
    has_rows boolean;
BEGIN
    FOR t IN SELECT * FROM (VALUES ('incident', 'occurred_at'), ('call_112', 'received_at')) v (name, at)
    LOOP
        CONTINUE WHEN (SELECT relkind FROM pg_class WHERE oid = t.name::regclass) = 'p';
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I)', t.name) INTO has_rows;
        IF has_rows THEN
            RAISE EXCEPTION 'shard: % has rows; partition an empty shard only', t.name;
        END IF;
        EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING COMMENTS) '
                       'PARTITION BY RANGE (%I)', t.name || '_partitioned', t.name, t.at);
        EXECUTE format('DROP TABLE %I', t.name);
        EXECUTE format('ALTER TABLE %I RENAME TO %I', t.name || '_partitioned', t.name);
        EXECUTE format('ALTER TABLE %I ADD PRIMARY KEY (agency, id, %I)', t.name, t.at);
        EXECUTE format('ALTER TABLE %I ADD UNIQUE (agency, source, source_file, source_key, %I)', t.name, t.at);
        EXECUTE format('CREATE INDEX ON %I (agency, %I)', t.name, t.at);
        EXECUTE format('CREATE INDEX ON %I USING gist (geom)', t.name);
        EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT', t.name || '_default', t.name);
    END LOOP;
END
$$;

-- Monthly partitions of both event tables from p_from to p_to (months, inclusive),
-- named incident_yYYYYmMM / call_112_yYYYYmMM; months that exist are skipped.
CREATE OR REPLACE FUNCTION ansim_shard_add_months(p_from date, p_to date, p_zone text DEFAULT 'Asia/Seoul')
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    m date := date_trunc('month', p_from);
    t text;
    added integer := 0;
BEGIN
    WHILE m <= p_to LOOP
        FOREACH t IN ARRAY ARRAY['incident', 'call_112'] LOOP
            IF to_regclass(t || to_char(m, '"_y"YYYY"m"MM')) IS NULL THEN
                EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)',
                    t || to_char(m, '"_y"YYYY"m"MM'), t,
                    (m::timestamp AT TIME ZONE p_zone), ((m + interval '1 month')::timestamp AT TIME ZONE p_zone));
                added := added + 1;
            END IF;
        END LOOP;
        m := m + interval '1 month';
    END LOOP;
    RETURN added;
END
$$;

SELECT ansim_shard_partition_events();
