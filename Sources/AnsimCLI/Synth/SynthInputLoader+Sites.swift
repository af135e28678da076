import AnsimStore
import AnsimSupport
import AnsimSynth

extension SynthInputLoader {
    /// Bars and lodging not closed (폐업), cancelled (취소) or struck off (말소),
    /// one per metre-rounded position (the same business in two sources counts once).
    func riskSites() throws -> [RiskSite] {
        try connection.query(
            """
            SELECT DISTINCT category, round(ST_X(geom))::float8 AS x, round(ST_Y(geom))::float8 AS y
              FROM risk_site
             WHERE category IN ('bar', 'lodging') AND coalesce(status, '') !~ '(폐업|취소|말소)'
             ORDER BY category, x, y
            """, purpose: "read bars and lodging"
        ).map { row in
            RiskSite(
                kind: try row.decode(String.self, at: 0) == "bar" ? .bar : .lodging,
                x: try row.decode(Double.self, at: 1), y: try row.decode(Double.self, at: 2))
        }
    }

    /// Boxes with their parent station, and the stations proper (names ending in 경찰서:
    /// the facility files also list planned buildings, 지구대 and centres as stations).
    func police() throws -> ([PoliceBox], [PoliceStation]) {
        let boxes = try connection.query(
            """
            SELECT b.name, s.name, ST_X(b.geom), ST_Y(b.geom)
              FROM police_org b LEFT JOIN police_org s ON s.id = b.parent_id AND s.kind = 'station'
             WHERE b.kind = 'box' AND b.geom IS NOT NULL AND b.agency = 'seoul'
             ORDER BY b.name
            """, purpose: "read the 지구대/파출소"
        ).map { row in
            PoliceBox(
                name: try row.decode(String.self, at: 0), station: try row.decode(String?.self, at: 1),
                x: try row.decode(Double.self, at: 2), y: try row.decode(Double.self, at: 3))
        }
        if boxes.isEmpty { throw AnsimError("police_org has no 지구대/파출소: \(Self.loadFirst)") }
        let stations = try connection.query(
            """
            SELECT name, ST_X(geom), ST_Y(geom) FROM police_org
             WHERE kind = 'station' AND geom IS NOT NULL AND agency = 'seoul' AND name LIKE '%경찰서'
             ORDER BY name
            """, purpose: "read the 경찰서"
        ).map { row in
            PoliceStation(
                name: try row.decode(String.self, at: 0), x: try row.decode(Double.self, at: 1),
                y: try row.decode(Double.self, at: 2))
        }
        return (boxes, stations)
    }
}
