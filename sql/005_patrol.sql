-- 005_patrol: patrol plans, recorded as analytics runs (kind 'patrol') linked to the
-- forecast run whose risk they cover.

ALTER TABLE analytics_run ADD COLUMN parent_run_id bigint REFERENCES analytics_run (id);
COMMENT ON COLUMN analytics_run.parent_run_id IS 'the run this one was built on (a patrol plan''s forecast)';

-- One route per car and shift: start and end at the police box.
CREATE TABLE patrol_route (
    run_id      bigint NOT NULL REFERENCES analytics_run (id) ON DELETE CASCADE,
    shift       integer NOT NULL CHECK (shift >= 1),
    car         integer NOT NULL CHECK (car >= 1),
    stops       integer NOT NULL CHECK (stops >= 0),
    length_m    double precision NOT NULL CHECK (length_m >= 0),
    duration_s  double precision NOT NULL CHECK (duration_s >= 0),
    score       double precision NOT NULL,
    -- The driven (or walked) path on the road graph; NULL for an empty route.
    geom        geometry(LineString, 5179),
    PRIMARY KEY (run_id, shift, car)
);

-- The stops of a route in visiting order; times in seconds from the start of the shift.
CREATE TABLE patrol_stop (
    run_id      bigint NOT NULL,
    shift       integer NOT NULL,
    car         integer NOT NULL,
    seq         integer NOT NULL CHECK (seq >= 1),
    cell_row    integer NOT NULL,
    cell_col    integer NOT NULL,
    value       double precision NOT NULL,
    arrival_s   double precision NOT NULL,
    departure_s double precision NOT NULL CHECK (departure_s >= arrival_s),
    geom        geometry(Point, 5179) NOT NULL,
    PRIMARY KEY (run_id, shift, car, seq),
    FOREIGN KEY (run_id, shift, car) REFERENCES patrol_route ON DELETE CASCADE
);
