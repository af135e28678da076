-- 010_map: what the map page (`GET /map`, module AnsimMap) may read.
--
-- The map's requests run as ansim_analyst or ansim_admin (SET LOCAL ROLE). They get
-- the columns the layers draw and nothing that names or locates a person: no
-- addresses or phone numbers, no incident numbers (사건번호), no 112 calls. Incidents
-- leave the server only as counts per grid cell (AnsimMap's MapLayerQuery).

GRANT SELECT (id, level, code, name, vintage, source, geom) ON admin_area TO ansim_analyst, ansim_admin;
GRANT SELECT (id, agency, kind, subtype, name, geom) ON police_org TO ansim_analyst, ansim_admin;
GRANT SELECT (id, agency, purpose, camera_count, geom) ON cctv TO ansim_analyst, ansim_admin;
GRANT SELECT (id, agency, occurred_at, crime_class, synthetic, geom) ON incident TO ansim_analyst, ansim_admin;
GRANT SELECT ON analytics_run, analytics_cell, patrol_route, patrol_stop TO ansim_analyst, ansim_admin;
