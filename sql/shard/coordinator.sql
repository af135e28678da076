-- coordinator.sql: run on the coordinator cluster after the normal migrations
-- (001–015), by scripts/shards.sh. Not part of the numbered migration chain.
--
-- The event tables (incident, call_112) become LIST-partitioned by agency; each
-- agency's partition is RANGE-partitioned by month, and every month is a postgres_fdw
-- foreign table on the agency's shard, pointing at the shard's own month partition
-- (sql/shard/shard.sql makes the same months there). A foreign table points at a
-- plain table, never at a partitioned one: postgres_fdw updates and deletes rows by
-- ctid, which is unique only within one table. The coordinator keeps no event rows,
-- only the routing, the id sequence and the ETL's bookkeeping (etl_run, quarantine).
-- Columns, the identity, defaults and CHECKs come from the migrated table (LIKE …);
-- its grants and statement triggers (lookup_notify) are carried over.

CREATE EXTENSION IF NOT EXISTS postgres_fdw;

CREATE OR REPLACE FUNCTION ansim_coordinator_partition_events() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    t text;
    has_rows boolean;
    grants text[];
    triggers text[];
    s text;
BEGIN
    FOREACH t IN ARRAY ARRAY['incident', 'call_112'] LOOP
        CONTINUE WHEN (SELECT relkind FROM pg_class WHERE oid = t::regclass) = 'p';
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I)', t) INTO has_rows;
        IF has_rows THEN
            RAISE EXCEPTION 'coordinator: % has rows; partition an empty coordinator only', t;
        END IF;
        -- Table and column privileges, and statement triggers, as they are now.
        SELECT coalesce(array_agg(format('GRANT %s ON %I TO %I', a.privilege_type, t, r.rolname)), '{}')
          INTO grants
          FROM pg_class c, aclexplode(c.relacl) a JOIN pg_roles r ON r.oid = a.grantee
         WHERE c.oid = t::regclass AND a.grantee <> c.relowner;
        SELECT grants || coalesce(array_agg(format('GRANT %s (%I) ON %I TO %I', a.privilege_type, x.attname, t,
                                                   r.rolname)), '{}')
          INTO grants
          FROM pg_attribute x, aclexplode(x.attacl) a JOIN pg_roles r ON r.oid = a.grantee
         WHERE x.attrelid = t::regclass AND x.attacl IS NOT NULL;
        SELECT coalesce(array_agg(pg_get_triggerdef(oid)), '{}') INTO triggers
          FROM pg_trigger WHERE tgrelid = t::regclass AND NOT tgisinternal;
        EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING CONSTRAINTS '
                       'INCLUDING COMMENTS) PARTITION BY LIST (agency)', t || '_partitioned', t);
        EXECUTE format('DROP TABLE %I', t);
        EXECUTE format('ALTER TABLE %I RENAME TO %I', t || '_partitioned', t);
        FOREACH s IN ARRAY grants || triggers LOOP
            EXECUTE s;
        END LOOP;
    END LOOP;
END
$$;

-- A shard: a postgres_fdw server (Unix socket folder p_host) and the mapping of the
-- role running this to the shard's superuser. async_capable lets an Append over
-- several shards run their scans at once; extensions 'postgis' lets spatial
-- conditions (ST_DWithin, &&) run on the shard; fetch_size/batch_size cut round trips.
CREATE OR REPLACE FUNCTION ansim_coordinator_add_shard(p_server text, p_host text, p_port integer DEFAULT 5432)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_foreign_server WHERE srvname = p_server) THEN
        EXECUTE format('CREATE SERVER %I FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host %L, port %L, '
                       'dbname %L, async_capable %L, extensions %L, fetch_size %L, batch_size %L)',
                       p_server, p_host, p_port::text, 'ansim', 'true', 'postgis', '10000', '1000');
    ELSE
        EXECUTE format('ALTER SERVER %I OPTIONS (SET host %L, SET port %L)', p_server, p_host, p_port::text);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_user_mappings WHERE srvname = p_server AND usename = current_user) THEN
        EXECUTE format('CREATE USER MAPPING FOR CURRENT_USER SERVER %I OPTIONS (user %L)', p_server, 'ansim');
    END IF;
    -- The application's roles (ansim_dispatcher for the lookup engine, the API's roles)
    -- reach the shard through the same login. The coordinator is where privileges are
    -- enforced: its grants on the partitioned tables decide who reads what before any
    -- row is fetched. A site with shards on other hosts gives this mapping a password or
    -- a client certificate instead (docs/SCALE.md, "Limits").
    IF NOT EXISTS (SELECT 1 FROM pg_user_mappings WHERE srvname = p_server AND usename = 'public') THEN
        EXECUTE format('CREATE USER MAPPING FOR PUBLIC SERVER %I OPTIONS (user %L, password_required %L)',
                       p_server, 'ansim', 'false');
    END IF;
END
$$;

-- The agency's partitions of both event tables, on shard p_server: one foreign table
-- per month from p_from to p_to (inclusive) and one for the shard's DEFAULT partition.
-- Months that exist are skipped, so it also extends an agency to new months.
CREATE OR REPLACE FUNCTION ansim_coordinator_add_agency(
    p_agency text, p_server text, p_from date, p_to date, p_zone text DEFAULT 'Asia/Seoul'
) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    t record;
    m date;
    part text;
    added integer := 0;
BEGIN
    FOR t IN SELECT * FROM (VALUES ('incident'), ('call_112')) v (name) LOOP
        part := t.name || '_' || p_agency;
        IF to_regclass(part) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (%L) PARTITION BY RANGE (%I)',
                part, t.name, p_agency, CASE t.name WHEN 'incident' THEN 'occurred_at' ELSE 'received_at' END);
        END IF;
        m := date_trunc('month', p_from);
        WHILE m <= p_to LOOP
            IF to_regclass(part || to_char(m, '"_y"YYYY"m"MM')) IS NULL THEN
                EXECUTE format('CREATE FOREIGN TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L) '
                               'SERVER %I OPTIONS (schema_name %L, table_name %L)',
                    part || to_char(m, '"_y"YYYY"m"MM'), part,
                    (m::timestamp AT TIME ZONE p_zone), ((m + interval '1 month')::timestamp AT TIME ZONE p_zone),
                    p_server, 'public', t.name || to_char(m, '"_y"YYYY"m"MM'));
                added := added + 1;
            END IF;
            m := m + interval '1 month';
        END LOOP;
        -- Made after the first months: a month added later makes PostgreSQL warn that
        -- it cannot check the foreign DEFAULT partition (the shard's own DEFAULT
        -- partition refuses the new month if it already holds rows of it).
        IF to_regclass(part || '_default') IS NULL THEN
            EXECUTE format('CREATE FOREIGN TABLE %I PARTITION OF %I DEFAULT SERVER %I '
                           'OPTIONS (schema_name %L, table_name %L)',
                part || '_default', part, p_server, 'public', t.name || '_default');
        END IF;
    END LOOP;
    RETURN added;
END
$$;

-- Reference tables (codes, boundaries, organisation, published counts) are copied to
-- every shard by logical replication (each shard subscribes; scripts/shards.sh).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_publication WHERE pubname = 'ansim_reference') THEN
        CREATE PUBLICATION ansim_reference FOR TABLE agency, admin_area, admin_area_centroid, police_org,
            population_dong, crime_stat;
    END IF;
END
$$;

SELECT ansim_coordinator_partition_events();

-- Where each agency's events are: one row per event table, agency and shard.
CREATE OR REPLACE VIEW shard_placement AS
SELECT root.relname::text AS event_table,
       (regexp_match(pg_get_expr(a.relpartbound, a.oid), $re$IN \('([^']*)'\)$re$))[1] AS agency,
       s.srvname::text AS shard,
       (SELECT split_part(o, '=', 2) FROM unnest(s.srvoptions) o WHERE o LIKE 'host=%') AS host,
       count(*) AS foreign_partitions
  FROM pg_class root
  JOIN pg_inherits ia ON ia.inhparent = root.oid
  JOIN pg_class a ON a.oid = ia.inhrelid
  JOIN pg_inherits il ON il.inhparent = a.oid
  JOIN pg_foreign_table ft ON ft.ftrelid = il.inhrelid
  JOIN pg_foreign_server s ON s.oid = ft.ftserver
 WHERE root.oid IN ('incident'::regclass, 'call_112'::regclass)
 GROUP BY 1, 2, 3, 4;
