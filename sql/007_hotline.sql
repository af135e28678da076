-- 007_hotline: the security foundation the HTTP server and the hotline share —
-- least-privilege database roles, organisations, accounts and sessions, the identity
-- that row-level security reads, and the hash-chained, append-only audit table.
--
-- Database roles are cluster-wide: they are created once (concurrent migrations of
-- several databases on one cluster tolerate each other). None of them can log in
-- except ansim_api, the server's own login, which is NOINHERIT: it holds no privilege
-- itself and must `SET LOCAL ROLE` to the requesting user's role inside each
-- request's transaction. Personal data is reachable only through those roles, under
-- row-level security with FORCE.

DO $roles$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY[
        'ansim_auth', 'ansim_hotline_worker', 'ansim_police_liaison', 'ansim_supervisor',
        'ansim_analyst', 'ansim_admin', 'ansim_dispatcher', 'ansim_patrol_officer', 'ansim_monitor']
    LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END LOOP;
    BEGIN
        CREATE ROLE ansim_api LOGIN NOINHERIT;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
    FOREACH r IN ARRAY ARRAY[
        'ansim_auth', 'ansim_hotline_worker', 'ansim_police_liaison', 'ansim_supervisor',
        'ansim_analyst', 'ansim_admin', 'ansim_dispatcher', 'ansim_patrol_officer', 'ansim_monitor']
    LOOP
        BEGIN
            EXECUTE format('GRANT %I TO ansim_api', r);
        EXCEPTION WHEN OTHERS THEN NULL;  -- granted concurrently by another database's migration
        END;
    END LOOP;
END
$roles$;

-- Organisations: the city's victim-support centres and the police stations.
CREATE TABLE ansim_org (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    kind          text NOT NULL CHECK (kind IN ('city', 'police', 'agency')),
    police_org_id bigint REFERENCES police_org (id)
);

-- People who use the server. Passwords: scrypt (the string names its parameters);
-- TOTP secrets are AES-GCM ciphertext under the field key.
CREATE TABLE ansim_account (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username        text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{2,64}$'),
    role            text NOT NULL CHECK (role IN ('hotline_worker', 'police_liaison', 'supervisor',
                        'analyst', 'admin', 'dispatcher', 'patrol_officer')),
    org_id          bigint NOT NULL REFERENCES ansim_org (id),
    password_hash   text NOT NULL,
    totp_secret_enc bytea,
    totp_last_step  bigint,
    failed_logins   integer NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    disabled        boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now()
);

-- Server sessions: a signed token names one; idle for 30 minutes means expired.
CREATE TABLE ansim_session (
    id          uuid PRIMARY KEY,
    account_id  bigint NOT NULL REFERENCES ansim_account (id),
    created_at  timestamptz NOT NULL,
    last_seen   timestamptz NOT NULL,
    ended_at    timestamptz,
    client      text
);

-- Direct database logins (psql as a person) and the organisation row-level security
-- gives them. The server's own login is not listed: it passes the organisation per request.
CREATE TABLE ansim_db_login (
    role_name  text PRIMARY KEY,
    org_id     bigint NOT NULL REFERENCES ansim_org (id),
    username   text NOT NULL
);

-- Who is asking, as row-level security sees it. For the server's login the values come
-- from the request's transaction-local settings; for anyone else from ansim_db_login,
-- so a direct login cannot claim another organisation with set_config.
CREATE FUNCTION ansim_actor_org() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT CASE WHEN session_user = 'ansim_api'
        THEN nullif(current_setting('ansim.org_id', true), '')::bigint
        ELSE (SELECT org_id FROM ansim_db_login WHERE role_name = session_user) END
$$;

CREATE FUNCTION ansim_actor() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT CASE WHEN session_user = 'ansim_api'
        THEN coalesce(nullif(current_setting('ansim.user', true), ''), 'ansim_api')
        ELSE coalesce((SELECT username FROM ansim_db_login WHERE role_name = session_user),
                      'db:' || session_user) END
$$;

-- The audit chain. hash = SHA-256(prev_hash || canonical text of the row); the first
-- row's prev_hash is 32 zero bytes. ansim_audit_head keeps the last seq and hash, so a
-- deleted tail is detected too. Rows are only ever appended, through ansim_audit_append.
CREATE TABLE ansim_audit (
    seq          bigint PRIMARY KEY,
    at           timestamptz NOT NULL,
    actor        text NOT NULL,
    actor_role   text NOT NULL,
    org_id       bigint,
    client_addr  text,
    subject      text,
    action       text NOT NULL,
    purpose      text NOT NULL,
    prev_hash    bytea NOT NULL,
    hash         bytea NOT NULL
);
CREATE INDEX ansim_audit_subject_idx ON ansim_audit (subject, at);

CREATE TABLE ansim_audit_head (
    id    integer PRIMARY KEY CHECK (id = 1),
    seq   bigint NOT NULL,
    hash  bytea NOT NULL
);

CREATE FUNCTION ansim_audit_canonical(
    p_seq bigint, p_at timestamptz, p_actor text, p_role text, p_org bigint, p_client text,
    p_subject text, p_action text, p_purpose text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT concat_ws(chr(31), p_seq::text, (extract(epoch FROM p_at) * 1000000)::bigint::text,
        p_actor, p_role, coalesce(p_org::text, ''), coalesce(p_client, ''),
        coalesce(p_subject, ''), p_action, p_purpose)
$$;

-- Appends one record. p_role must be a role the session may use (the caller's current_user).
CREATE FUNCTION ansim_audit_append(p_action text, p_subject text, p_purpose text, p_role text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_prev bytea;
    v_seq bigint;
    v_at timestamptz := clock_timestamp();
    v_client text;
    v_hash bytea;
BEGIN
    IF NOT pg_has_role(session_user, p_role, 'MEMBER') THEN
        RAISE EXCEPTION 'audit: % may not act as %', session_user, p_role USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM pg_advisory_xact_lock(7007001);  -- one writer of the chain at a time
    SELECT seq, hash INTO v_seq, v_prev FROM ansim_audit_head WHERE id = 1;
    v_seq := coalesce(v_seq, 0) + 1;
    v_prev := coalesce(v_prev, decode(repeat('00', 32), 'hex'));
    v_client := CASE WHEN session_user = 'ansim_api'
        THEN nullif(current_setting('ansim.client', true), '')
        ELSE coalesce(host(inet_client_addr()), 'local') END;
    v_hash := sha256(v_prev || convert_to(ansim_audit_canonical(v_seq, v_at, ansim_actor(), p_role,
        ansim_actor_org(), v_client, p_subject, p_action, p_purpose), 'UTF8'));
    INSERT INTO ansim_audit VALUES (v_seq, v_at, ansim_actor(), p_role, ansim_actor_org(), v_client,
        p_subject, p_action, p_purpose, v_prev, v_hash);
    INSERT INTO ansim_audit_head VALUES (1, v_seq, v_hash)
        ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash;
    RETURN v_seq;
END
$$;

CREATE FUNCTION ansim_audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ansim_audit is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER ansim_audit_append_only BEFORE UPDATE OR DELETE ON ansim_audit
    FOR EACH ROW EXECUTE FUNCTION ansim_audit_refuse();
CREATE TRIGGER ansim_audit_no_truncate BEFORE TRUNCATE ON ansim_audit
    FOR EACH STATEMENT EXECUTE FUNCTION ansim_audit_refuse();

-- Privileges: nothing for PUBLIC; each role only what its endpoints need.
REVOKE ALL ON ansim_org, ansim_account, ansim_session, ansim_db_login, ansim_audit, ansim_audit_head FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION ansim_audit_append(text, text, text, text) FROM PUBLIC;
GRANT SELECT ON ansim_org TO ansim_auth, ansim_hotline_worker, ansim_police_liaison, ansim_supervisor,
    ansim_analyst, ansim_admin, ansim_monitor;
GRANT SELECT (id, username, role, org_id, password_hash, totp_secret_enc, totp_last_step,
    failed_logins, locked_until, disabled) ON ansim_account TO ansim_auth;
GRANT UPDATE (failed_logins, locked_until, totp_last_step) ON ansim_account TO ansim_auth;
GRANT SELECT, INSERT ON ansim_session TO ansim_auth;
GRANT UPDATE (last_seen, ended_at) ON ansim_session TO ansim_auth;
GRANT SELECT (id, username, role, org_id, failed_logins, locked_until, disabled, created_at)
    ON ansim_account TO ansim_admin;
GRANT UPDATE (failed_logins, locked_until, disabled) ON ansim_account TO ansim_admin;
GRANT SELECT ON ansim_audit, ansim_audit_head TO ansim_admin;
GRANT EXECUTE ON FUNCTION ansim_audit_append(text, text, text, text) TO ansim_auth, ansim_hotline_worker,
    ansim_police_liaison, ansim_supervisor, ansim_analyst, ansim_admin, ansim_dispatcher,
    ansim_patrol_officer, ansim_monitor;
