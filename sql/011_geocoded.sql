-- 011_geocoded: rows the ETL located from their address (issue 12).
--
-- `ansim etl load --geocode` geocodes cctv and risk_site rows that have an address and
-- no coordinates (AnsimGeocode, offline, over the road-name-address map) instead of
-- quarantining them. Their point is then the geocoder's, not the source's, and
-- geocode_precision says how exact it is (GeocodePrecision: interval, road,
-- beopjeongdong, hangjeongdong). NULL: the coordinates came from the source.
ALTER TABLE cctv ADD COLUMN geocode_precision text
    CHECK (geocode_precision IN ('interval', 'road', 'beopjeongdong', 'hangjeongdong'));
ALTER TABLE risk_site ADD COLUMN geocode_precision text
    CHECK (geocode_precision IN ('interval', 'road', 'beopjeongdong', 'hangjeongdong'));
GRANT SELECT (geocode_precision) ON cctv TO ansim_analyst;
