-- 017_crash_recovery: what a kill -9 leaves behind is found and finished (issue 14,
-- docs/RELIABILITY-faults.md).
--
-- * report_run.backend_pid: a report run by hand (`ansim report run`) records its
--   database session, as etl_run does. A run left 'running' by a process that died
--   (its session is gone) is marked 'failed' with the reason by the next
--   `ansim report run` or `ansim report history`, instead of staying 'running' for
--   ever. Scheduled runs keep their own recovery (the scheduler's lock).
-- * hotline_alert.delivered_at: an alert is committed before it is handed to the
--   notifier (file, webhook, SMS). When the server dies in between, or the delivery
--   fails, the alert stays undelivered (delivered_at NULL) and the geofence monitor
--   delivers it again at its next start and every reload (at least once; the alert's
--   id is the deduplication key). Alerts recorded before this migration count as
--   delivered.

ALTER TABLE report_run ADD COLUMN backend_pid integer;

ALTER TABLE hotline_alert ADD COLUMN delivered_at timestamptz;
UPDATE hotline_alert SET delivered_at = created_at;
CREATE INDEX hotline_alert_undelivered_idx ON hotline_alert (id) WHERE delivered_at IS NULL;
GRANT UPDATE (delivered_at) ON hotline_alert TO ansim_monitor;
