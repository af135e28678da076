extension AnalysisArea {
    /// The lookups behind ``AnalysisArea/resolve(_:level:agency:on:)``; each returns
    /// name, code, hex EWKB (EPSG:5179) and a note, one row per distinct area.
    enum SQL {
        /// Among boundary sources of one level: unsimplified first, then the most complete, then the newest.
        static let preference = """
            ORDER BY a.code, (a.vintage ILIKE '%simplified%'), count(*) OVER (PARTITION BY a.source) DESC,
                a.vintage DESC
            """

        static let sigungu = """
            SELECT DISTINCT ON (a.code) a.name, a.code, encode(ST_AsEWKB(a.geom), 'hex'), NULL
            FROM admin_area a
            WHERE a.level = 'sigungu' AND (a.name = $1 OR a.code = $1 OR lower(a.name_en) = lower($1))
            \(preference)
            """

        /// $1 the 동 name or code, $2 the 구 name or '' for any.
        static let hangjeongdong = """
            WITH d AS (
                SELECT a.*, count(*) OVER (PARTITION BY a.source) AS n
                FROM admin_area a WHERE a.level = 'hangjeongdong'
            ), hit AS (
                SELECT DISTINCT ON (gu.name, d.name) gu.name AS gu, d.name, d.code, d.geom
                FROM d
                JOIN admin_area gu ON gu.level = 'sigungu' AND gu.source = 'gu_seoul_juso2015'
                    AND ST_Contains(gu.geom, ST_PointOnSurface(d.geom))
                WHERE (d.name = $1 OR d.code = $1) AND ($2 = '' OR gu.name = $2)
                ORDER BY gu.name, d.name, (d.vintage ILIKE '%simplified%'), d.n DESC, length(d.code) DESC,
                    d.vintage DESC
            )
            SELECT gu || ' ' || name, code, encode(ST_AsEWKB(geom), 'hex'), NULL FROM hit ORDER BY 1
            """

        /// $1 the box name (with or without 지구대/파출소), $2 the agency.
        static let box = """
            WITH boxes AS (
                SELECT id, name, geom, jurisdiction FROM police_org
                WHERE kind = 'box' AND agency = $2 AND geom IS NOT NULL
            ), hit AS (
                SELECT * FROM boxes WHERE name IN ($1, $1 || '지구대', $1 || '파출소')
            ), city AS (
                SELECT ST_Union(geom) AS geom FROM admin_area
                WHERE level = 'sigungu' AND source = 'gu_seoul_juso2015'
            ), cells AS (
                SELECT (ST_Dump(ST_VoronoiPolygons(ST_Collect(boxes.geom), 0, city.geom))).geom AS geom
                FROM boxes CROSS JOIN city GROUP BY city.geom
            )
            SELECT hit.name, NULL,
                encode(ST_AsEWKB(ST_Multi(COALESCE(hit.jurisdiction,
                    ST_CollectionExtract(ST_Intersection(cells.geom, city.geom), 3)))), 'hex'),
                CASE WHEN hit.jurisdiction IS NULL THEN
                    'nearest-box region (Voronoi cell among the agency''s boxes, clipped to the city); '
                    || 'published jurisdictions are not loaded' END
            FROM hit JOIN cells ON ST_Contains(cells.geom, hit.geom) CROSS JOIN city
            """
        /// $1 the station name (with or without 경찰서), $2 the agency: the union of the
        /// nearest-box regions (or published jurisdictions) of the boxes named by the
        /// station's incidents and 112 calls.
        static let station = """
            WITH boxes AS (
                SELECT id, name, geom, jurisdiction FROM police_org
                WHERE kind = 'box' AND agency = $2 AND geom IS NOT NULL
            ), st AS (
                SELECT name FROM police_org
                WHERE kind = 'station' AND agency = $2 AND name IN ($1, $1 || '경찰서')
            ), mine AS (
                SELECT DISTINCT box FROM incident WHERE agency = $2 AND station IN (SELECT name FROM st)
                UNION SELECT DISTINCT box FROM call_112 WHERE agency = $2 AND station IN (SELECT name FROM st)
            ), city AS (
                SELECT ST_Union(geom) AS geom FROM admin_area
                WHERE level = 'sigungu' AND source = 'gu_seoul_juso2015'
            ), cells AS (
                SELECT (ST_Dump(ST_VoronoiPolygons(ST_Collect(boxes.geom), 0, city.geom))).geom AS geom
                FROM boxes CROSS JOIN city GROUP BY city.geom
            ), parts AS (
                SELECT COALESCE(b.jurisdiction, ST_CollectionExtract(ST_Intersection(cells.geom, city.geom), 3)) AS geom,
                    b.jurisdiction IS NULL AS derived
                FROM boxes b JOIN mine ON mine.box = b.name
                JOIN cells ON ST_Contains(cells.geom, b.geom) CROSS JOIN city
            )
            SELECT st.name, NULL, encode(ST_AsEWKB(ST_Multi(ST_Union(parts.geom))), 'hex'),
                CASE WHEN bool_or(parts.derived) THEN
                    'union of the nearest-box regions of the ' || count(*) || ' boxes named by the station''s '
                    || 'incidents and 112 calls; published jurisdictions are not loaded' END
            FROM st CROSS JOIN parts GROUP BY st.name
            """
    }
}
