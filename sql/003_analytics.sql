-- 003_analytics: recorded analytics runs and their per-cell outputs.
--
-- Every map, forecast and report figure names the run it came from: what was
-- computed (kind, method, parameters), on which inputs (area, time window, filters,
-- row count), with which code (version), when, and how long it took.

CREATE TABLE analytics_run (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency        text NOT NULL DEFAULT 'seoul',
    kind          text NOT NULL,           -- hotspot, forecast, backtest, …
    method        text NOT NULL,           -- kde, gistar, moran, sepp, ensemble, …
    area_level    text,                    -- sigungu, box, …
    area_name     text,
    area_code     text,
    input_table   text,                    -- incident, call_112, call_for_service
    input_filter  jsonb NOT NULL DEFAULT '{}',
    input_from    timestamptz,
    input_to      timestamptz,
    input_rows    bigint,
    parameters    jsonb NOT NULL DEFAULT '{}',
    -- The grid (EPSG:srid metres): cell (row, col) centre = (xmin + (col + 0.5)·cell, ymin + (row + 0.5)·cell).
    grid_srid     integer,
    grid_xmin     double precision,
    grid_ymin     double precision,
    grid_cell     double precision,
    grid_rows     integer,
    grid_cols     integer,
    summary       jsonb NOT NULL DEFAULT '{}',
    code_version  text NOT NULL,
    synthetic_input boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now(),
    seconds       double precision
);
CREATE INDEX analytics_run_area_idx ON analytics_run (agency, area_name, created_at DESC);

-- One row per grid cell inside the run's area.
CREATE TABLE analytics_cell (
    run_id   bigint NOT NULL REFERENCES analytics_run (id) ON DELETE CASCADE,
    row      integer NOT NULL,
    col      integer NOT NULL,
    count    double precision,            -- events in the cell
    value    double precision,            -- density, z, I, score … (see the run's method)
    z        double precision,
    p        double precision,
    class    text,                        -- e.g. hot-99, cold-95, HH, LL, HL, LH, ns
    geom     geometry(Polygon, 5179) NOT NULL,
    PRIMARY KEY (run_id, row, col)
);
CREATE INDEX analytics_cell_geom_idx ON analytics_cell USING gist (geom);
