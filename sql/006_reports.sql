-- 006_reports: scheduled analytics reports and the history of every report run.
--
-- A schedule fires on a cron expression in Asia/Seoul time; each firing becomes one
-- report_run (UNIQUE (schedule_id, scheduled_for): a firing can never run twice, even
-- with two schedulers up). Reports run by hand are recorded too (schedule_id NULL).

CREATE TABLE report_schedule (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency          text NOT NULL DEFAULT 'seoul',
    kind            text NOT NULL CHECK (kind IN ('weekly', 'monthly')),
    area            text NOT NULL,            -- a 구, police station or police box, as `ansim report run --area`
    cron            text NOT NULL,            -- five fields, Vixie semantics, Asia/Seoul wall clock
    time_zone       text NOT NULL DEFAULT 'Asia/Seoul' CHECK (time_zone = 'Asia/Seoul'),
    out_dir         text NOT NULL,            -- delivery folder: OUT_DIR/<area>/<period>/
    webhook_url     text,                     -- POSTed the report's JSON figures when set
    max_attempts    integer NOT NULL DEFAULT 5 CHECK (max_attempts >= 1),
    backoff_seconds double precision NOT NULL DEFAULT 60 CHECK (backoff_seconds >= 0),
    enabled         boolean NOT NULL DEFAULT true,
    -- Firings up to this instant have been turned into report_run rows (catch-up starts here).
    fired_through   timestamptz NOT NULL DEFAULT now(),
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE report_run (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    schedule_id      bigint REFERENCES report_schedule (id) ON DELETE SET NULL,
    agency           text NOT NULL DEFAULT 'seoul',
    kind             text NOT NULL CHECK (kind IN ('weekly', 'monthly')),
    area             text NOT NULL,
    period           text NOT NULL,           -- 2023-W14, 2023-04
    scheduled_for    timestamptz,             -- the cron firing (NULL when run by hand)
    status           text NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'running', 'retrying', 'succeeded', 'failed')),
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    error            text,                    -- the last failure
    started_at       timestamptz,
    finished_at      timestamptz,
    out_dir          text,
    html_path        text,
    pdf_path         text,
    json_path        text,
    map_path         text,
    webhook_url      text,
    delivered_at     timestamptz,             -- webhook accepted (2xx)
    hotspot_run_id   bigint REFERENCES analytics_run (id) ON DELETE SET NULL,
    forecast_run_id  bigint REFERENCES analytics_run (id) ON DELETE SET NULL,
    synthetic_input  boolean,
    figures          jsonb,                   -- the JSON written beside the report
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (schedule_id, scheduled_for)
);
CREATE INDEX report_run_due_idx ON report_run (next_attempt_at) WHERE status IN ('pending', 'retrying');
CREATE INDEX report_run_history_idx ON report_run (area, period, created_at DESC);
