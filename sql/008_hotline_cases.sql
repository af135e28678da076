-- 008_hotline_cases: stalking cases shared by the city's hotline and the police,
-- protective orders, protected places, geofence alerts, recurrence flags and the
-- support ledger — under row-level security with FORCE.
--
-- Who sees a case: a hotline worker when the case's city organisation is theirs, a
-- police liaison when its police organisation is theirs, a supervisor when either is.
-- Every child table is visible exactly when its case is (the EXISTS below runs under
-- the case's own policy). Analysts and admins have no privilege on any of these
-- tables: analysts read counts through hotline_counts / hotline_recurrence_report.
-- Victims' and offenders' names, contacts and addresses are AES-GCM ciphertext
-- (the key never reaches the database). Every change is audited by trigger.

CREATE SEQUENCE hotline_case_no_seq;

CREATE TABLE hotline_case (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_no             text NOT NULL UNIQUE
                        DEFAULT 'HL-' || lpad(nextval('hotline_case_no_seq')::text, 6, '0'),
    police_case_no      text,
    city_org_id         bigint NOT NULL REFERENCES ansim_org (id),
    police_org_id       bigint REFERENCES ansim_org (id),
    assigned_worker     text,
    assigned_liaison    text,
    status              text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'monitoring', 'closed')),
    risk_level          text NOT NULL DEFAULT 'medium' CHECK (risk_level IN ('low', 'medium', 'high', 'critical')),
    victim_ref          text NOT NULL CHECK (victim_ref ~ '^V-[0-9A-F]{8}$'),
    victim_name_enc     bytea NOT NULL,
    victim_contact_enc  bytea,
    victim_address_enc  bytea,
    offender_ref        text NOT NULL CHECK (offender_ref ~ '^O-[0-9A-F]{8}$'),
    offender_name_enc   bytea,
    offender_tag        text,
    opened_at           timestamptz NOT NULL DEFAULT now(),
    closed_at           timestamptz,
    monitor_until       date,
    synthetic           boolean NOT NULL DEFAULT false
);
CREATE INDEX hotline_case_city_idx ON hotline_case (city_org_id);
CREATE INDEX hotline_case_police_idx ON hotline_case (police_org_id);
CREATE INDEX hotline_case_tag_idx ON hotline_case (offender_tag);

CREATE TABLE hotline_risk_change (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     bigint NOT NULL REFERENCES hotline_case (id),
    at          timestamptz NOT NULL DEFAULT now(),
    from_level  text,
    to_level    text NOT NULL,
    reason      text NOT NULL CHECK (length(reason) > 0),
    actor       text NOT NULL
);

CREATE TABLE hotline_order (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     bigint NOT NULL REFERENCES hotline_case (id),
    kind        text NOT NULL CHECK (kind IN ('no_approach', 'no_telecom', 'electronic_monitoring')),
    starts_on   date NOT NULL,
    ends_on     date NOT NULL,
    radius_m    double precision NOT NULL DEFAULT 100 CHECK (radius_m > 0),
    issued_by   text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_on >= starts_on),
    -- Electronic monitoring is an interim measure of at most 9 months.
    CONSTRAINT hotline_order_monitoring_9_months
        CHECK (kind <> 'electronic_monitoring' OR ends_on <= (starts_on + interval '9 months')::date)
);
CREATE INDEX hotline_order_case_idx ON hotline_order (case_id);

CREATE TABLE hotline_place (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      bigint NOT NULL REFERENCES hotline_case (id),
    kind         text NOT NULL CHECK (kind IN ('home', 'work', 'school', 'shelter', 'victim_location')),
    geom         geometry(Point, 5179) NOT NULL,
    extent_m     double precision NOT NULL DEFAULT 0 CHECK (extent_m >= 0),  -- an area's radius
    address_enc  bytea,
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hotline_place_case_idx ON hotline_place (case_id);
CREATE INDEX hotline_place_geom_idx ON hotline_place USING gist (geom);

CREATE TABLE hotline_alert (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     bigint NOT NULL REFERENCES hotline_case (id),
    place_id    bigint NOT NULL REFERENCES hotline_place (id),
    tag         text NOT NULL,
    level       text NOT NULL CHECK (level IN ('warning', 'violation')),
    fix_at      timestamptz NOT NULL,
    distance_m  double precision NOT NULL,
    late        boolean NOT NULL DEFAULT false,
    recipients  text[] NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hotline_alert_case_idx ON hotline_alert (case_id, fix_at);

CREATE TABLE hotline_recurrence_flag (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      bigint NOT NULL REFERENCES hotline_case (id),
    kind         text NOT NULL CHECK (kind IN ('call_near_place', 'new_order', 'geofence_alert')),
    ref          text NOT NULL,
    detected_at  timestamptz NOT NULL DEFAULT now(),
    reviewed     boolean NOT NULL DEFAULT false,
    UNIQUE (case_id, kind, ref)
);

-- The support ledger: append-only; relocation money is capped per victim.
CREATE TABLE hotline_support (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      bigint NOT NULL REFERENCES hotline_case (id),
    victim_ref   text NOT NULL,
    programme    text NOT NULL CHECK (programme IN ('relocation', 'bodyguard', 'shelter', 'legal',
                     'psychological', 'medical')),
    amount_krw   bigint NOT NULL DEFAULT 0 CHECK (amount_krw >= 0),
    quantity     integer NOT NULL DEFAULT 1 CHECK (quantity > 0),  -- days, nights or sessions
    provided_on  date NOT NULL,
    recorded_by  text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hotline_support_victim_idx ON hotline_support (victim_ref, programme);

-- Running relocation totals: one row per victim, updated by the ledger's trigger. Two
-- concurrent payments update the same row, so the second waits for the first and then
-- sees its total (READ COMMITTED) or fails to serialise (stricter levels): never both.
CREATE TABLE hotline_relocation_total (
    victim_ref  text PRIMARY KEY,
    total_krw   bigint NOT NULL CHECK (total_krw BETWEEN 0 AND 2000000)
);

-- Yearly budget per programme and organisation; spending is counted by the trigger.
CREATE TABLE hotline_budget (
    year        integer NOT NULL,
    programme   text NOT NULL,
    org_id      bigint NOT NULL REFERENCES ansim_org (id),
    amount_krw  bigint NOT NULL CHECK (amount_krw >= 0),
    spent_krw   bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (year, programme, org_id)
);

CREATE FUNCTION hotline_support_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_total bigint;
    v_budget hotline_budget;
    v_org bigint;
BEGIN
    SELECT victim_ref, city_org_id INTO NEW.victim_ref, v_org FROM hotline_case WHERE id = NEW.case_id;
    IF NEW.programme = 'relocation' THEN
        INSERT INTO hotline_relocation_total VALUES (NEW.victim_ref, 0) ON CONFLICT (victim_ref) DO NOTHING;
        -- The row lock makes a concurrent payment wait, then read the committed total.
        SELECT total_krw INTO v_total FROM hotline_relocation_total
            WHERE victim_ref = NEW.victim_ref FOR UPDATE;
        IF v_total IS NULL OR v_total + NEW.amount_krw > 2000000 THEN
            RAISE EXCEPTION 'relocation support for victim % would exceed the 2000000 KRW cap: % KRW paid, % KRW requested',
                NEW.victim_ref, coalesce(v_total, 0), NEW.amount_krw
                USING ERRCODE = 'check_violation', HINT = 'the cap is per victim, over all of their cases';
        END IF;
        UPDATE hotline_relocation_total SET total_krw = v_total + NEW.amount_krw WHERE victim_ref = NEW.victim_ref;
    END IF;
    UPDATE hotline_budget SET spent_krw = spent_krw + NEW.amount_krw
        WHERE year = extract(year FROM NEW.provided_on)::int AND programme = NEW.programme AND org_id = v_org
        RETURNING * INTO v_budget;
    IF FOUND AND v_budget.spent_krw > v_budget.amount_krw THEN
        RAISE EXCEPTION '% budget % of year % exhausted: % KRW of % KRW would be spent',
            NEW.programme, v_org, v_budget.year, v_budget.spent_krw, v_budget.amount_krw
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER hotline_support_check BEFORE INSERT ON hotline_support
    FOR EACH ROW EXECUTE FUNCTION hotline_support_check();

-- Risk-level changes need a reason (the transaction-local setting ansim.reason).
CREATE FUNCTION hotline_risk_history() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_reason text := nullif(current_setting('ansim.reason', true), '');
BEGIN
    IF TG_OP = 'INSERT' OR NEW.risk_level IS DISTINCT FROM OLD.risk_level THEN
        IF v_reason IS NULL THEN
            RAISE EXCEPTION 'a risk level change on case % needs a reason', NEW.case_no
                USING ERRCODE = 'check_violation';
        END IF;
        INSERT INTO hotline_risk_change (case_id, from_level, to_level, reason, actor)
        VALUES (NEW.id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.risk_level END, NEW.risk_level, v_reason,
                ansim_actor());
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER hotline_case_risk AFTER INSERT OR UPDATE OF risk_level ON hotline_case
    FOR EACH ROW EXECUTE FUNCTION hotline_risk_history();

-- Every change of personal data is audited, whoever makes it (API, CLI or direct SQL).
CREATE FUNCTION hotline_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_row record := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    v_subject text;
BEGIN
    IF TG_TABLE_NAME = 'hotline_case' THEN
        v_subject := v_row.victim_ref;
    ELSE
        SELECT victim_ref INTO v_subject FROM hotline_case WHERE id = v_row.case_id;
    END IF;
    PERFORM ansim_audit_append(lower(TG_OP) || ' ' || TG_TABLE_NAME || ' ' || v_row.id, v_subject,
        coalesce(nullif(current_setting('ansim.purpose', true), ''), 'direct SQL'), current_user);
    RETURN NULL;
END
$$;
CREATE TRIGGER hotline_case_audit AFTER INSERT OR UPDATE OR DELETE ON hotline_case
    FOR EACH ROW EXECUTE FUNCTION hotline_audit_change();
CREATE TRIGGER hotline_order_audit AFTER INSERT OR UPDATE OR DELETE ON hotline_order
    FOR EACH ROW EXECUTE FUNCTION hotline_audit_change();
CREATE TRIGGER hotline_place_audit AFTER INSERT OR UPDATE OR DELETE ON hotline_place
    FOR EACH ROW EXECUTE FUNCTION hotline_audit_change();
CREATE TRIGGER hotline_support_audit AFTER INSERT ON hotline_support
    FOR EACH ROW EXECUTE FUNCTION hotline_audit_change();

-- Row-level security.
ALTER TABLE hotline_case ENABLE ROW LEVEL SECURITY;
ALTER TABLE hotline_case FORCE ROW LEVEL SECURITY;
CREATE POLICY hotline_case_worker ON hotline_case TO ansim_hotline_worker
    USING (city_org_id = ansim_actor_org()) WITH CHECK (city_org_id = ansim_actor_org());
CREATE POLICY hotline_case_liaison ON hotline_case TO ansim_police_liaison
    USING (police_org_id = ansim_actor_org()) WITH CHECK (police_org_id = ansim_actor_org());
CREATE POLICY hotline_case_supervisor ON hotline_case TO ansim_supervisor
    USING (ansim_actor_org() IN (city_org_id, police_org_id))
    WITH CHECK (ansim_actor_org() IN (city_org_id, police_org_id));
CREATE POLICY hotline_case_monitor ON hotline_case FOR SELECT TO ansim_monitor USING (true);

DO $rls$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['hotline_risk_change', 'hotline_order', 'hotline_place', 'hotline_alert',
        'hotline_recurrence_flag', 'hotline_support']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I TO ansim_hotline_worker, ansim_police_liaison, ansim_supervisor '
            'USING (EXISTS (SELECT 1 FROM hotline_case c WHERE c.id = case_id)) '
            'WITH CHECK (EXISTS (SELECT 1 FROM hotline_case c WHERE c.id = case_id))', t || '_case', t);
    END LOOP;
END
$rls$;
CREATE POLICY hotline_order_monitor ON hotline_order FOR SELECT TO ansim_monitor USING (true);
CREATE POLICY hotline_place_monitor ON hotline_place FOR SELECT TO ansim_monitor USING (true);
CREATE POLICY hotline_alert_monitor ON hotline_alert TO ansim_monitor USING (true) WITH CHECK (true);
CREATE POLICY hotline_flag_monitor ON hotline_recurrence_flag TO ansim_monitor USING (true) WITH CHECK (true);

-- Privileges.
REVOKE ALL ON hotline_case, hotline_risk_change, hotline_order, hotline_place, hotline_alert,
    hotline_recurrence_flag, hotline_support, hotline_relocation_total, hotline_budget FROM PUBLIC;
GRANT USAGE ON SEQUENCE hotline_case_no_seq TO ansim_hotline_worker, ansim_police_liaison, ansim_supervisor;
GRANT SELECT, INSERT ON hotline_case TO ansim_hotline_worker, ansim_police_liaison, ansim_supervisor;
GRANT UPDATE (status, risk_level, police_case_no, offender_tag, closed_at, monitor_until,
    victim_name_enc, victim_contact_enc, victim_address_enc, offender_name_enc)
    ON hotline_case TO ansim_hotline_worker, ansim_police_liaison;
GRANT UPDATE ON hotline_case TO ansim_supervisor;
GRANT SELECT, INSERT ON hotline_risk_change TO ansim_hotline_worker, ansim_police_liaison, ansim_supervisor;
GRANT SELECT ON hotline_order TO ansim_hotline_worker;
GRANT SELECT, INSERT ON hotline_order TO ansim_police_liaison, ansim_supervisor;
GRANT SELECT, INSERT, UPDATE ON hotline_place TO ansim_hotline_worker, ansim_police_liaison, ansim_supervisor;
GRANT SELECT ON hotline_alert, hotline_recurrence_flag
    TO ansim_hotline_worker, ansim_police_liaison, ansim_supervisor;
GRANT UPDATE (reviewed) ON hotline_recurrence_flag TO ansim_hotline_worker, ansim_supervisor;
GRANT SELECT ON hotline_support TO ansim_hotline_worker, ansim_police_liaison, ansim_supervisor;
GRANT INSERT ON hotline_support TO ansim_hotline_worker, ansim_supervisor;
GRANT SELECT (id, case_no, status, offender_tag, city_org_id, police_org_id, closed_at, victim_ref)
    ON hotline_case TO ansim_monitor;
GRANT SELECT ON hotline_order, hotline_place TO ansim_monitor;
GRANT SELECT, INSERT ON hotline_alert, hotline_recurrence_flag TO ansim_monitor;
GRANT SELECT ON hotline_budget TO ansim_supervisor, ansim_analyst;
GRANT SELECT ON police_org TO ansim_monitor;

-- Counts for analysts and supervisors: never an identity, never a case number.
CREATE FUNCTION hotline_counts() RETURNS TABLE (
    org text, open_cases bigint, monitoring_cases bigint, closed_cases bigint,
    warnings bigint, violations bigint, relocation_krw bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT o.name,
        count(*) FILTER (WHERE c.status = 'open'),
        count(*) FILTER (WHERE c.status = 'monitoring'),
        count(*) FILTER (WHERE c.status = 'closed'),
        coalesce(sum((SELECT count(*) FROM hotline_alert a WHERE a.case_id = c.id AND a.level = 'warning')), 0)::bigint,
        coalesce(sum((SELECT count(*) FROM hotline_alert a WHERE a.case_id = c.id AND a.level = 'violation')), 0)::bigint,
        coalesce(sum((SELECT sum(s.amount_krw) FROM hotline_support s
                      WHERE s.case_id = c.id AND s.programme = 'relocation')), 0)::bigint
    FROM ansim_org o JOIN hotline_case c ON c.city_org_id = o.id
    GROUP BY o.name ORDER BY o.name
$$;

-- The monthly recurrence report: per city organisation, counts only.
CREATE FUNCTION hotline_recurrence_report(p_month date) RETURNS TABLE (
    org text, monitored_cases bigint, calls_near_places bigint, new_orders bigint,
    geofence_alerts bigint, cases_flagged bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    WITH f AS (
        SELECT f.*, c.city_org_id FROM hotline_recurrence_flag f JOIN hotline_case c ON c.id = f.case_id
        WHERE f.detected_at >= date_trunc('month', p_month)
          AND f.detected_at < date_trunc('month', p_month) + interval '1 month')
    SELECT o.name,
        (SELECT count(*) FROM hotline_case c WHERE c.city_org_id = o.id AND c.status = 'monitoring'),
        count(f.id) FILTER (WHERE f.kind = 'call_near_place'),
        count(f.id) FILTER (WHERE f.kind = 'new_order'),
        count(f.id) FILTER (WHERE f.kind = 'geofence_alert'),
        count(DISTINCT f.case_id)
    FROM ansim_org o LEFT JOIN f ON f.city_org_id = o.id
    WHERE o.kind = 'city'
    GROUP BY o.id, o.name ORDER BY o.name
$$;

-- Recurrence scan for cases monitored after closure: 112 calls within p_radius_m of a
-- protected place, orders and geofence alerts after the closure. Returns new flags.
CREATE FUNCTION hotline_recurrence_scan(p_radius_m double precision) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_count integer := 0;
    n integer;
BEGIN
    INSERT INTO hotline_recurrence_flag (case_id, kind, ref)
    SELECT DISTINCT c.id, 'call_near_place', 'call_112:' || k.id
    FROM hotline_case c JOIN hotline_place p ON p.case_id = c.id
    JOIN call_112 k ON ST_DWithin(k.geom, p.geom, p_radius_m + p.extent_m) AND k.received_at > c.closed_at
    WHERE c.status = 'monitoring'
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT; v_count := v_count + n;
    INSERT INTO hotline_recurrence_flag (case_id, kind, ref)
    SELECT c.id, 'new_order', 'order:' || o.id
    FROM hotline_case c JOIN hotline_order o ON o.case_id = c.id AND o.created_at > c.closed_at
    WHERE c.status = 'monitoring'
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT; v_count := v_count + n;
    INSERT INTO hotline_recurrence_flag (case_id, kind, ref)
    SELECT c.id, 'geofence_alert', 'alert:' || a.id
    FROM hotline_case c JOIN hotline_alert a ON a.case_id = c.id AND a.fix_at > c.closed_at
    WHERE c.status = 'monitoring'
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT; v_count := v_count + n;
    RETURN v_count;
END
$$;

REVOKE EXECUTE ON FUNCTION hotline_counts(), hotline_recurrence_report(date),
    hotline_recurrence_scan(double precision) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hotline_counts(), hotline_recurrence_report(date) TO ansim_analyst, ansim_supervisor;
GRANT EXECUTE ON FUNCTION hotline_recurrence_scan(double precision) TO ansim_monitor, ansim_supervisor;
