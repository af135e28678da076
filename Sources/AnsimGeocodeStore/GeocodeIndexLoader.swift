import AnsimGeocode
import AnsimStore
import AnsimSupport

/// Builds the geocoder's ``AddressIndex`` from PostGIS: road sections and intervals of
/// the road-name-address map (`road_section`, layers `TL_SPRD_MANAGE` and
/// `TL_SPRD_INTRVL`), and a point inside every 시군구, 법정동 and 행정동 (`admin_area`;
/// 행정동 by their 10-digit 행정기관코드, whose first 5 digits are the 시군구 code).
public enum GeocodeIndexLoader {
    /// Reads the rows and builds the index. Throws when the road map is not loaded.
    public static func load(on connection: Connection) throws -> AddressIndex {
        let sections = try connection.query(
            """
            SELECT section_no, road_name, coalesce(road_code, ''),
                   coalesce(attributes->>'SIG_CD', ''), \(pointsSQL)
            FROM road_section WHERE layer = 'TL_SPRD_MANAGE' AND road_name IS NOT NULL
            ORDER BY section_no
            """, purpose: "read road sections for geocoding"
        ).map { row in
            RoadSectionRecord(
                sectionNo: row[0] ?? "", roadName: row[1] ?? "", roadCode: row[2] ?? "", sigunguCode: row[3] ?? "",
                line: parsePoints(row[4] ?? ""))
        }
        guard !sections.isEmpty else {
            throw AnsimError(
                "no road sections (TL_SPRD_MANAGE) loaded: run ansim etl load on roads/gangnam_juso_roadmap_2019/TL_SPRD_MANAGE.shp and TL_SPRD_INTRVL.shp"
            )
        }
        let intervals = try connection.query(
            """
            SELECT section_no, coalesce(attributes->>'BSI_INT_SN', source_key),
                   (attributes->>'ODD_BSI_MN')::int, coalesce((attributes->>'ODD_BSI_SL')::int, 0),
                   (attributes->>'EVE_BSI_MN')::int, coalesce((attributes->>'EVE_BSI_SL')::int, 0), \(pointsSQL)
            FROM road_section WHERE layer = 'TL_SPRD_INTRVL'
            ORDER BY (attributes->>'BSI_INT_SN')::bigint
            """, purpose: "read address intervals for geocoding"
        ).map { row in
            RoadIntervalRecord(
                sectionNo: row[0] ?? "", serial: row[1] ?? "",
                odd: row[2].flatMap(Int.init).map { AddressNumber($0, row[3].flatMap(Int.init) ?? 0) },
                even: row[4].flatMap(Int.init).map { AddressNumber($0, row[5].flatMap(Int.init) ?? 0) },
                line: parsePoints(row[6] ?? ""))
        }
        let places = try connection.query(
            """
            SELECT DISTINCT ON (level, code) level, code, name, ST_X(p), ST_Y(p)
            FROM (SELECT level, code, name, vintage, ST_PointOnSurface(geom) AS p,
                         (vintage LIKE '%simplified%') AS simplified
                  FROM admin_area WHERE level IN ('sigungu', 'beopjeongdong')
                     OR (level = 'hangjeongdong' AND length(code) = 10)) a
            ORDER BY level, code, simplified, vintage DESC
            """, purpose: "read administrative areas for geocoding"
        ).map { row in
            AdminPlace(
                level: row[0] ?? "", code: row[1] ?? "", name: row[2] ?? "",
                point: GeocodePoint(Double(row[3] ?? "") ?? 0, Double(row[4] ?? "") ?? 0))
        }
        return AddressIndex(sections: sections, intervals: intervals, places: places)
    }

    /// SQL giving a line's vertices as "x y,x y,…" (parts of a MultiLineString merged
    /// where they join).
    static let pointsSQL = """
        (SELECT string_agg(ST_X(d.geom) || ' ' || ST_Y(d.geom), ',' ORDER BY d.path)
         FROM ST_DumpPoints(ST_GeometryN(ST_LineMerge(geom), 1)) d)
        """

    /// Reads "x y,x y,…" into points.
    static func parsePoints(_ text: String) -> [GeocodePoint] {
        text.split(separator: ",").compactMap { pair in
            let xy = pair.split(separator: " ")
            guard xy.count == 2, let x = Double(xy[0]), let y = Double(xy[1]) else { return nil }
            return GeocodePoint(x, y)
        }
    }
}
