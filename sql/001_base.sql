-- 001_base: extensions and the base spatial tables.
--
-- Conventions for every Ansim table:
--   * geometry columns carry an explicit SRID: 5179 (UTM-K, metres) is the working
--     CRS for Korea; clients that need lon/lat transform on output (ST_Transform).
--   * every geometry column has a GiST index.
--   * `agency` comes first in natural keys so that tables distribute by agency
--     (시·도 경찰청) without redesign.
--   * `source` names where a row came from (an ETL source definition).

CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS pgrouting;
CREATE EXTENSION IF NOT EXISTS pgcrypto;

-- Administrative areas: 시·도, 시군구 (자치구), 행정동 (administrative dong) and
-- 법정동 (legal dong). 행정동 and 법정동 boundaries differ; both are kept.
CREATE TABLE admin_area (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    level       text NOT NULL CHECK (level IN ('sido', 'sigungu', 'hangjeongdong', 'beopjeongdong')),
    -- 10-digit 행정기관코드 for 행정동/시군구, 8/10-digit 법정동코드 for 법정동.
    code        text NOT NULL,
    -- KOSTAT statistical code (5-digit 시군구, 7/8-digit 행정동) where known.
    stat_code   text,
    name        text NOT NULL,
    full_name   text,
    name_en     text,
    parent_code text,
    -- The boundary's vintage (e.g. '2021-04'): boundaries change, codes persist.
    vintage     text NOT NULL,
    source      text NOT NULL,
    geom        geometry(MultiPolygon, 5179) NOT NULL,
    UNIQUE (level, code, vintage)
);
CREATE INDEX admin_area_geom_idx ON admin_area USING gist (geom);
CREATE INDEX admin_area_name_idx ON admin_area (level, name);
COMMENT ON TABLE admin_area IS 'Administrative areas (시도/시군구/행정동/법정동) with their codes, EPSG:5179.';

-- Police organisation: 시·도 경찰청 (agency), 경찰서 (station),
-- 지구대/파출소 (box), 치안센터 (centre), one table with a parent link.
CREATE TABLE police_org (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency        text NOT NULL DEFAULT 'seoul',
    kind          text NOT NULL CHECK (kind IN ('agency', 'station', 'box', 'centre')),
    -- For boxes: '지구대' or '파출소'.
    subtype       text,
    name          text NOT NULL,
    parent_id     bigint REFERENCES police_org (id),
    address       text,
    phone         text,
    sources       text[] NOT NULL DEFAULT '{}',
    geom          geometry(Point, 5179),
    -- Jurisdiction (관할구역) where known.
    jurisdiction  geometry(MultiPolygon, 5179),
    UNIQUE (agency, kind, name)
);
CREATE INDEX police_org_geom_idx ON police_org USING gist (geom);
CREATE INDEX police_org_jurisdiction_idx ON police_org USING gist (jurisdiction);
COMMENT ON TABLE police_org IS 'Police organisation: agencies, stations, 지구대/파출소 and 치안센터, EPSG:5179.';

-- CCTV installations (one row per site; camera_count cameras at the site).
CREATE TABLE cctv (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency           text NOT NULL DEFAULT 'seoul',
    source           text NOT NULL,
    -- Natural key within the source (e.g. a management number or a row fingerprint).
    source_key       text NOT NULL,
    managing_org     text,
    purpose          text,
    camera_count     integer NOT NULL DEFAULT 1 CHECK (camera_count > 0),
    pixels           integer,
    direction_text   text,
    -- View direction in degrees clockwise from north; NULL = omnidirectional.
    view_direction   double precision CHECK (view_direction >= 0 AND view_direction < 360),
    view_range_m     double precision CHECK (view_range_m > 0),
    retention_days   integer,
    installed_month  date,
    address          text,
    gu               text,
    dong             text,
    data_date        date,
    geom             geometry(Point, 5179) NOT NULL,
    UNIQUE (agency, source, source_key)
);
CREATE INDEX cctv_geom_idx ON cctv USING gist (geom);
COMMENT ON TABLE cctv IS 'CCTV sites with camera counts, purposes and view directions, EPSG:5179.';
