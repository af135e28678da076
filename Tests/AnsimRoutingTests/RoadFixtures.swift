import AnsimRouting
import AnsimSupport
import AnsimTestSupport
import Foundation

/// Small road files written by the tests: an OSM XML extract and a MOCT_LINK shapefile
/// (made with ogr2ogr from GeoJSON, since no MOCT data are shipped).
enum RoadFixtures {
    /// The Gangnam juso road sections.
    static var gangnam: String {
        get throws { try TestEnvironment.dataFile("roads/gangnam_juso_roadmap_2019/TL_SPRD_MANAGE.shp") }
    }

    /// A clip of the Gangnam map: 1.5 km around 강남역 (EPSG:5179).
    static let clip = (center: Point2(958_900, 1_944_300), radius: 1500.0)

    /// An OSM file: a two-way street 1–2–3, a `oneway=yes` way 3→4, a `oneway=-1` way
    /// drawn 4→5 (drivable 5→4 only), a footway 2–6, a bridge 7–8 crossing 1–2 without
    /// a shared node, and a stream (not a road). Coordinates near Gangnam.
    static func osm(in folder: String) throws -> String {
        func node(_ id: Int, _ lon: Double, _ lat: Double) -> String {
            #"<node id="\#(id)" version="1" lat="\#(lat)" lon="\#(lon)"/>"#
        }
        func way(_ id: Int, _ nodes: [Int], _ tags: [(String, String)]) -> String {
            let refs = nodes.map { #"<nd ref="\#($0)"/>"# }.joined()
            let t = tags.map { #"<tag k="\#($0.0)" v="\#($0.1)"/>"# }.joined()
            return #"<way id="\#(id)" version="1">\#(refs)\#(t)</way>"#
        }
        let lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#, #"<osm version="0.6" generator="test">"#,
            node(1, 127.0000, 37.5000), node(2, 127.0010, 37.5000), node(3, 127.0020, 37.5000),
            node(4, 127.0020, 37.5010), node(5, 127.0010, 37.5010), node(6, 127.0010, 37.4990),
            node(7, 127.0005, 37.4995), node(8, 127.0005, 37.5005),
            way(10, [1, 2, 3], [("highway", "residential"), ("name", "가로")]),
            way(11, [3, 4], [("highway", "residential"), ("oneway", "yes")]),
            way(12, [4, 5], [("highway", "residential"), ("oneway", "-1")]),
            way(13, [2, 6], [("highway", "footway")]),
            way(
                14, [7, 8], [("highway", "primary"), ("bridge", "yes"), ("layer", "1"), ("maxspeed", "60")]),
            way(15, [5, 2], [("waterway", "stream")]),
            "</osm>",
        ]
        let path = folder + "/test.osm"
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A MOCT_LINK shapefile (EPSG:5186) of three directed links: N1→N2 and N2→N1 (a
    /// two-way road as two links) and N2→N3 (one way), ranks 104 and 107.
    static func moct(in folder: String) throws -> String {
        func feature(_ id: String, _ f: String, _ t: String, _ rank: String, _ speed: Int, _ coords: String)
            -> String
        {
            """
            {"type":"Feature","properties":{"LINK_ID":"\(id)","F_NODE":"\(f)","T_NODE":"\(t)","LANES":2,\
            "ROAD_RANK":"\(rank)","ROAD_TYPE":"000","ROAD_NAME":"시험로","MAX_SPD":\(speed),"LENGTH":100.0},\
            "geometry":{"type":"LineString","coordinates":\(coords)}}
            """
        }
        let json = """
            {"type":"FeatureCollection","features":[
            \(feature("L1", "N1", "N2", "104", 50, "[[200000,550000],[200100,550000]]")),
            \(feature("L2", "N2", "N1", "104", 50, "[[200100,550000],[200000,550000]]")),
            \(feature("L3", "N2", "N3", "107", 0, "[[200100,550000],[200100,550100]]"))
            ]}
            """
        let source = folder + "/moct.geojson"
        try json.write(toFile: source, atomically: true, encoding: .utf8)
        let target = folder + "/MOCT_LINK.shp"
        let result = try Subprocess.run(
            "/usr/bin/ogr2ogr",
            ["-f", "ESRI Shapefile", "-a_srs", "EPSG:5186", "-lco", "ENCODING=UTF-8", target, source])
        guard result.status == 0 else { throw AnsimError("ogr2ogr failed: \(result.error)") }
        return target
    }
}
