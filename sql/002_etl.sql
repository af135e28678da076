-- 002_etl: load bookkeeping and the canonical tables the ETL fills.
--
-- Every ETL-loaded row names its `source` (a definition in data/sources/) and the
-- `source_file` it came from, and has a `source_key` (its natural key within the
-- source). A newer export of the same file upserts by that key; rows the new export
-- no longer has are removed (the file is a snapshot). Points are stored in
-- EPSG:5179 (UTM-K, metres) for Korea; foreign agencies keep EPSG:4326 and name a
-- metric working CRS in `agency`. The bulk tables name their agency without a
-- foreign key (a per-row trigger that cost ~25 % of load time): the loader checks
-- each source's agency against `agency` once per file.

-- OSM tags arrive in hstore text form (GDAL's other_tags); PostgreSQL parses them.
CREATE EXTENSION IF NOT EXISTS hstore;

-- Agencies: the first column of natural keys, so that tables distribute by agency.
CREATE TABLE agency (
    code          text PRIMARY KEY,
    name          text NOT NULL,
    country       text NOT NULL,
    -- A metric CRS for analysis (grids, distances in metres).
    working_srid  integer NOT NULL REFERENCES spatial_ref_sys (srid),
    timezone      text NOT NULL
);
INSERT INTO agency VALUES
    ('seoul', '서울특별시경찰청 (Seoul Metropolitan Police Agency)', 'KR', 5179, 'Asia/Seoul'),
    ('portland', 'Portland Police Bureau (NIJ Real-Time Crime Forecasting Challenge data)', 'US', 26910,
     'America/Los_Angeles');

-- One row per file load: what was read, what became of every row, and how long it took.
CREATE TABLE etl_run (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source            text NOT NULL,
    kind              text NOT NULL,
    file              text NOT NULL,
    file_sha256       text NOT NULL,
    file_bytes        bigint NOT NULL,
    encoding          text,
    crs               text,
    status            text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed', 'aborted')),
    rows_read         bigint NOT NULL DEFAULT 0,
    rows_loaded       bigint NOT NULL DEFAULT 0,     -- inserted or updated
    rows_unchanged    bigint NOT NULL DEFAULT 0,     -- already present, identical
    rows_quarantined  bigint NOT NULL DEFAULT 0,
    rows_duplicate    bigint NOT NULL DEFAULT 0,     -- repeated natural key within the file
    rows_removed      bigint NOT NULL DEFAULT 0,     -- gone from a newer export of the file
    warnings          jsonb NOT NULL DEFAULT '[]',
    message           text,
    ansim_version     text NOT NULL,
    backend_pid       integer,
    started_at        timestamptz NOT NULL DEFAULT now(),
    finished_at       timestamptz,
    seconds           double precision,
    CHECK (status <> 'succeeded' OR rows_read = rows_loaded + rows_unchanged + rows_quarantined + rows_duplicate)
);
CREATE INDEX etl_run_source_idx ON etl_run (source, file, started_at DESC);

-- Rows that could not be loaded, with the reason; written in the load's transaction.
CREATE TABLE etl_quarantine (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id      bigint NOT NULL REFERENCES etl_run (id) ON DELETE CASCADE,
    file        text NOT NULL,
    row_number  bigint NOT NULL,     -- 1-based line (CSV) or feature number (vector files)
    raw         text,
    reason      text NOT NULL
);
CREATE INDEX etl_quarantine_run_idx ON etl_quarantine (run_id, row_number);

ALTER TABLE admin_area ADD COLUMN source_file text;

-- Administrative-area centroids (KOSTAT MDIS, nationwide 시도/시군구/행정동).
CREATE TABLE admin_area_centroid (
    code         text PRIMARY KEY,   -- 10-digit 행정기관코드
    name         text NOT NULL,
    level        text NOT NULL CHECK (level IN ('sido', 'sigungu', 'hangjeongdong')),
    source       text NOT NULL,
    source_file  text NOT NULL,
    geom         geometry(Point, 5179) NOT NULL
);
CREATE INDEX admin_area_centroid_geom_idx ON admin_area_centroid USING gist (geom);

-- Registered population by 행정동 (주민등록인구), joined to boundary codes by name.
CREATE TABLE population_dong (
    period                 text NOT NULL,     -- e.g. '2021.2/4'
    gu                     text NOT NULL,
    dong                   text NOT NULL,     -- as written in the source ("종로1.2.3.4가동")
    adm_code               text,              -- 10-digit code of the matching boundary (NULL: unmatched)
    households             integer,
    population             integer NOT NULL,
    male                   integer,
    female                 integer,
    korean                 integer,
    korean_male            integer,
    korean_female          integer,
    foreign_residents      integer,
    foreign_male           integer,
    foreign_female         integer,
    persons_per_household  double precision,
    aged_65_plus           integer,
    source                 text NOT NULL,
    source_file            text NOT NULL,
    PRIMARY KEY (period, gu, dong)
);

-- Published crime counts (5대 범죄) by 자치구 and by police station.
CREATE TABLE crime_stat (
    year         integer NOT NULL,
    unit_kind    text NOT NULL CHECK (unit_kind IN ('gu', 'station')),
    unit         text NOT NULL,       -- '종로구' or '중부경찰서'; '합계' for the total
    crime        text NOT NULL,       -- 합계, 살인, 강도, 강간·강제추행, 절도, 폭력
    occurred     integer NOT NULL,
    arrested     integer,
    gu           text,                -- for stations, the 자치구 where known
    source       text NOT NULL,
    source_file  text NOT NULL,
    -- Two publications of the same figures stay side by side.
    PRIMARY KEY (year, unit_kind, unit, crime, source)
);

ALTER TABLE police_org ADD COLUMN gu text, ADD COLUMN dong text, ADD COLUMN source_file text;
ALTER TABLE cctv ADD COLUMN source_file text;

-- Risk-terrain sites: bars, lodging, security lights, safe houses, parcel boxes, …
CREATE TABLE risk_site (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency         text NOT NULL DEFAULT 'seoul',
    source         text NOT NULL,
    source_file    text NOT NULL,
    source_key     text NOT NULL,
    category       text NOT NULL CHECK (category IN (
                       'bar', 'lodging', 'security_light', 'safe_house', 'parcel_box',
                       'convenience_store', 'police_post')),
    name           text,
    status         text,           -- 영업/정상, 폐업, 휴업 … as the licence file says
    business_type  text,
    opened_on      date,
    closed_on      date,
    address        text,           -- 지번 (lot-number) address
    road_address   text,           -- 도로명 address
    gu             text,
    dong           text,
    unit_count     integer NOT NULL DEFAULT 1 CHECK (unit_count > 0),
    attributes     jsonb NOT NULL DEFAULT '{}',
    geom           geometry(Point, 5179) NOT NULL,
    UNIQUE (agency, source, source_file, source_key)
);
CREATE INDEX risk_site_geom_idx ON risk_site USING gist (geom);
CREATE INDEX risk_site_category_idx ON risk_site (category);

-- Road-name-address map (도로명주소 전자지도): road sections and address intervals.
CREATE TABLE road_section (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source       text NOT NULL,
    source_file  text NOT NULL,
    source_key   text NOT NULL,
    layer        text NOT NULL,       -- TL_SPRD_MANAGE, TL_SPRD_INTRVL, …
    road_name    text,
    road_code    text,
    section_no   text,                -- RDS_MAN_NO
    road_class   text,
    width_m      double precision,
    length_m     double precision,
    attributes   jsonb NOT NULL DEFAULT '{}',
    geom         geometry(MultiLineString, 5179) NOT NULL,
    UNIQUE (source, source_file, source_key)
);
CREATE INDEX road_section_geom_idx ON road_section USING gist (geom);

-- OpenStreetMap lines (highways and others), kept in EPSG:4326 (extracts may lie anywhere).
CREATE TABLE osm_line (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source       text NOT NULL,
    source_file  text NOT NULL,
    source_key   text NOT NULL,       -- OSM way id
    highway      text,
    name         text,
    oneway       text,
    maxspeed     text,
    tags         jsonb NOT NULL DEFAULT '{}',
    geom         geometry(LineString, 4326) NOT NULL,
    UNIQUE (source, source_file, source_key)
);
CREATE INDEX osm_line_geom_idx ON osm_line USING gist (geom);

-- Calls for service of foreign agencies (the real Portland NIJ calls: date only).
CREATE TABLE call_for_service (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency           text NOT NULL,
    source           text NOT NULL,
    source_file      text NOT NULL,
    source_key       text NOT NULL,
    category         text,
    call_group       text,
    final_case_type  text,
    case_description text,
    occurred_on      date NOT NULL,
    census_tract     text,
    synthetic        boolean NOT NULL DEFAULT false,
    geom             geometry(Point, 4326) NOT NULL,
    UNIQUE (agency, source, source_file, source_key)
);
CREATE INDEX call_for_service_geom_idx ON call_for_service USING gist (geom);
CREATE INDEX call_for_service_date_idx ON call_for_service (agency, occurred_on);

-- Recorded crimes (Korean police export schema; synthetic where flagged).
CREATE TABLE incident (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency         text NOT NULL DEFAULT 'seoul',
    source         text NOT NULL,
    source_file    text NOT NULL,
    source_key     text NOT NULL,     -- 사건번호
    occurred_at    timestamptz NOT NULL,
    crime_class    text NOT NULL,     -- 살인, 강도, 강간·강제추행, 절도, 폭력, …
    crime_subclass text,
    gu             text,
    dong           text,
    adm_code       text,
    station        text,
    box            text,
    arrested       boolean,
    synthetic      boolean NOT NULL,
    geom           geometry(Point, 5179) NOT NULL,
    UNIQUE (agency, source, source_file, source_key)
);
CREATE INDEX incident_geom_idx ON incident USING gist (geom);
CREATE INDEX incident_time_idx ON incident (agency, occurred_at);

-- 112 emergency calls (code 0 most urgent … code 4), with the response timeline.
CREATE TABLE call_112 (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency          text NOT NULL DEFAULT 'seoul',
    source          text NOT NULL,
    source_file     text NOT NULL,
    source_key      text NOT NULL,    -- 신고번호
    received_at     timestamptz NOT NULL,
    dispatched_at   timestamptz,
    arrived_at      timestamptz,
    closed_at       timestamptz,
    code            smallint NOT NULL CHECK (code BETWEEN 0 AND 4),
    call_type       text NOT NULL,    -- 사건종별
    gu              text,
    dong            text,
    station         text,
    box             text,
    incident_key    text,             -- 사건번호 of the incident the call reported, if any
    synthetic       boolean NOT NULL,
    geom            geometry(Point, 5179) NOT NULL,
    UNIQUE (agency, source, source_file, source_key),
    CHECK (dispatched_at IS NULL OR dispatched_at >= received_at),
    CHECK (arrived_at IS NULL OR dispatched_at IS NULL OR arrived_at >= dispatched_at)
);
CREATE INDEX call_112_geom_idx ON call_112 USING gist (geom);
CREATE INDEX call_112_time_idx ON call_112 (agency, received_at);
