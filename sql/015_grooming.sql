-- 015_grooming: grooming-conversation risk scoring and the counsellors' alert queue
-- (issue 11; docs/GROOMING.md).
--
--   grooming_conversation  one chat conversation watched for a child: platform, the
--                          platform's id, pseudonymous references of the child and the
--                          counterpart, the scorer's streaming state (no text), risk.
--   grooming_message       each message: its text encrypted at field level (AES-256-GCM,
--                          the server's FieldCipher; associated data binds it to the
--                          conversation and position), time, speaker, and in clear for
--                          triage the score, stages and pattern ids (no excerpts).
--   grooming_alert         the queue: open → claimed → assessed → escalated
--                          (police_report | rescue) → closed, or assessed → closed; SLA
--                          due time of the current state; assignee; notes encrypted.
--   grooming_alert_event   the history of transitions.
--
-- Counsellors and supervisors of the owning organisation only (row-level security with
-- FORCE); nothing for analysts or anyone else. Every transition and every change is
-- audited by trigger; every read of message text by the API (ansim_audit_append).

CREATE TABLE grooming_conversation (
    id               bigserial PRIMARY KEY,
    org_id           bigint NOT NULL REFERENCES ansim_org (id),
    platform         text NOT NULL,
    external_id      text NOT NULL,
    child_ref        text NOT NULL,
    counterpart_ref  text,
    state            jsonb NOT NULL DEFAULT '{}',
    risk             double precision NOT NULL DEFAULT 0 CHECK (risk BETWEEN 0 AND 1),
    peak_risk        double precision NOT NULL DEFAULT 0 CHECK (peak_risk BETWEEN 0 AND 1),
    stages           text[] NOT NULL DEFAULT '{}',
    messages         integer NOT NULL DEFAULT 0,
    model            text NOT NULL,
    synthetic        boolean NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    UNIQUE (org_id, platform, external_id)
);

CREATE TABLE grooming_message (
    id               bigserial PRIMARY KEY,
    conversation_id  bigint NOT NULL REFERENCES grooming_conversation (id),
    seq              integer NOT NULL,
    at               timestamptz NOT NULL,
    speaker          text NOT NULL CHECK (speaker IN ('child', 'counterpart', 'unknown')),
    text_enc         bytea NOT NULL,
    score            double precision NOT NULL CHECK (score BETWEEN 0 AND 1),
    stages           text[] NOT NULL,
    evidence         jsonb NOT NULL,   -- pattern, stage, weight, span; never the text
    received_at      timestamptz NOT NULL,
    UNIQUE (conversation_id, seq)
);
CREATE INDEX grooming_message_flagged_idx ON grooming_message (conversation_id) WHERE score > 0;

CREATE TABLE grooming_alert (
    id               bigserial PRIMARY KEY,
    conversation_id  bigint NOT NULL REFERENCES grooming_conversation (id),
    org_id           bigint NOT NULL REFERENCES ansim_org (id),
    risk             double precision NOT NULL CHECK (risk BETWEEN 0 AND 1),
    stages           text[] NOT NULL,
    explanation      jsonb NOT NULL,
    status           text NOT NULL DEFAULT 'open'
                     CHECK (status IN ('open', 'claimed', 'assessed', 'escalated', 'closed')),
    escalation       text CHECK (escalation IN ('police_report', 'rescue')),
    assignee         text,
    note_enc         bytea,
    outcome          text,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    due_at           timestamptz,      -- SLA: when the current state must be left (NULL once closed)
    closed_at        timestamptz,
    CHECK ((status = 'escalated') = (escalation IS NOT NULL) OR status = 'closed')
);
-- One live alert per conversation; a new one may open after the last is closed.
CREATE UNIQUE INDEX grooming_alert_live_idx ON grooming_alert (conversation_id) WHERE status <> 'closed';
CREATE INDEX grooming_alert_queue_idx ON grooming_alert (org_id, status, due_at);

CREATE TABLE grooming_alert_event (
    id           bigserial PRIMARY KEY,
    alert_id     bigint NOT NULL REFERENCES grooming_alert (id),
    from_status  text,
    to_status    text NOT NULL,
    escalation   text,
    actor        text NOT NULL,
    at           timestamptz NOT NULL,
    due_at       timestamptz
);

-- The lifecycle, enforced whoever writes (API, CLI or direct SQL).
CREATE FUNCTION grooming_alert_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status THEN
        IF NOT ((OLD.status, NEW.status) IN (('open', 'claimed'), ('claimed', 'assessed'),
                ('assessed', 'escalated'), ('assessed', 'closed'), ('escalated', 'closed'))) THEN
            RAISE EXCEPTION 'grooming alert %: % → % is not a transition (open → claimed → assessed → escalated → closed)',
                OLD.id, OLD.status, NEW.status USING ERRCODE = 'check_violation';
        END IF;
    ELSIF TG_OP = 'INSERT' AND NEW.status <> 'open' THEN
        RAISE EXCEPTION 'a grooming alert starts open' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER grooming_alert_transition BEFORE INSERT OR UPDATE ON grooming_alert
    FOR EACH ROW EXECUTE FUNCTION grooming_alert_transition();

-- History and audit of every alert insert and transition.
CREATE FUNCTION grooming_alert_history() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_subject text;
BEGIN
    IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status OR NEW.assignee IS DISTINCT FROM OLD.assignee
       OR NEW.risk IS DISTINCT FROM OLD.risk THEN
        IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status THEN
            INSERT INTO grooming_alert_event (alert_id, from_status, to_status, escalation, actor, at, due_at)
            VALUES (NEW.id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END, NEW.status, NEW.escalation,
                    ansim_actor(), NEW.updated_at, NEW.due_at);
        END IF;
        SELECT child_ref INTO v_subject FROM grooming_conversation WHERE id = NEW.conversation_id;
        PERFORM ansim_audit_append(
            CASE WHEN TG_OP = 'INSERT' THEN 'open grooming_alert ' || NEW.id
                 WHEN NEW.status IS DISTINCT FROM OLD.status
                 THEN 'grooming_alert ' || NEW.id || ' ' || OLD.status || ' → ' || NEW.status
                      || coalesce(' (' || NEW.escalation || ')', '')
                 ELSE 'update grooming_alert ' || NEW.id END,
            v_subject, coalesce(nullif(current_setting('ansim.purpose', true), ''), 'direct SQL'), current_user);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER grooming_alert_history AFTER INSERT OR UPDATE ON grooming_alert
    FOR EACH ROW EXECUTE FUNCTION grooming_alert_history();

-- Storing messages (personal data) is audited once per conversation and statement.
CREATE FUNCTION grooming_message_audit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT c.id, c.child_ref, count(*) AS n FROM new_rows m
             JOIN grooming_conversation c ON c.id = m.conversation_id GROUP BY c.id, c.child_ref LOOP
        PERFORM ansim_audit_append('insert grooming_message ×' || r.n || ' conversation ' || r.id, r.child_ref,
            coalesce(nullif(current_setting('ansim.purpose', true), ''), 'direct SQL'), current_user);
    END LOOP;
    RETURN NULL;
END
$$;
CREATE TRIGGER grooming_message_audit AFTER INSERT ON grooming_message
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION grooming_message_audit();

-- Row-level security: the owning organisation's counsellors and supervisors.
ALTER TABLE grooming_conversation ENABLE ROW LEVEL SECURITY;
ALTER TABLE grooming_conversation FORCE ROW LEVEL SECURITY;
CREATE POLICY grooming_conversation_org ON grooming_conversation TO ansim_counsellor, ansim_supervisor
    USING (org_id = ansim_actor_org()) WITH CHECK (org_id = ansim_actor_org());
ALTER TABLE grooming_alert ENABLE ROW LEVEL SECURITY;
ALTER TABLE grooming_alert FORCE ROW LEVEL SECURITY;
CREATE POLICY grooming_alert_org ON grooming_alert TO ansim_counsellor, ansim_supervisor
    USING (org_id = ansim_actor_org()) WITH CHECK (org_id = ansim_actor_org());
ALTER TABLE grooming_message ENABLE ROW LEVEL SECURITY;
ALTER TABLE grooming_message FORCE ROW LEVEL SECURITY;
CREATE POLICY grooming_message_org ON grooming_message TO ansim_counsellor, ansim_supervisor
    USING (EXISTS (SELECT 1 FROM grooming_conversation c WHERE c.id = conversation_id))
    WITH CHECK (EXISTS (SELECT 1 FROM grooming_conversation c WHERE c.id = conversation_id));
ALTER TABLE grooming_alert_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE grooming_alert_event FORCE ROW LEVEL SECURITY;
CREATE POLICY grooming_alert_event_org ON grooming_alert_event TO ansim_counsellor, ansim_supervisor
    USING (EXISTS (SELECT 1 FROM grooming_alert a WHERE a.id = alert_id))
    WITH CHECK (EXISTS (SELECT 1 FROM grooming_alert a WHERE a.id = alert_id));

-- Privileges: nothing for PUBLIC (analysts included); counsellors work the queue,
-- supervisors also reassign.
REVOKE ALL ON grooming_conversation, grooming_message, grooming_alert, grooming_alert_event FROM PUBLIC;
GRANT SELECT, INSERT ON grooming_conversation, grooming_message, grooming_alert, grooming_alert_event
    TO ansim_counsellor, ansim_supervisor;
GRANT UPDATE (state, risk, peak_risk, stages, messages, model, updated_at, counterpart_ref)
    ON grooming_conversation TO ansim_counsellor, ansim_supervisor;
GRANT UPDATE (risk, stages, explanation, status, escalation, assignee, note_enc, outcome, updated_at,
    due_at, closed_at) ON grooming_alert TO ansim_counsellor, ansim_supervisor;
GRANT USAGE ON SEQUENCE grooming_conversation_id_seq, grooming_message_id_seq, grooming_alert_id_seq,
    grooming_alert_event_id_seq TO ansim_counsellor, ansim_supervisor;
GRANT EXECUTE ON FUNCTION ansim_audit_append(text, text, text, text) TO ansim_counsellor;
