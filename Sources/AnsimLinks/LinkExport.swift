import Foundation

/// Exports of a graph (or a query's subgraph) for Gephi and GIS: GraphML, GEXF 1.3
/// (links as dynamic edges with their time), and GeoJSON of the located entities.
public enum LinkExport {
    /// GraphML of `entities` (indexes) and the `links` among them.
    public static func graphML(_ g: LinkGraph, entities: [Int], links: [Int]) -> String {
        var s = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="kind" for="node" attr.name="kind" attr.type="string"/>
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="link" for="edge" attr.name="kind" attr.type="string"/>
              <key id="at" for="edge" attr.name="at" attr.type="long"/>
              <key id="amount" for="edge" attr.name="amount_krw" attr.type="long"/>
              <graph id="links" edgedefault="directed">

            """
        for v in entities {
            let e = g.entities[v]
            s += "    <node id=\"\(xml(e.ref))\"><data key=\"kind\">\(e.kind.rawValue)</data>"
                + "<data key=\"label\">\(xml(e.label))</data></node>\n"
        }
        for j in links {
            s += "    <edge id=\"e\(j)\" source=\"\(xml(g.entities[Int(g.source[j])].ref))\" "
                + "target=\"\(xml(g.entities[Int(g.target[j])].ref))\"><data key=\"link\">\(g.linkKind(j).rawValue)</data>"
                + "<data key=\"at\">\(g.at[j])</data><data key=\"amount\">\(g.amount[j])</data></edge>\n"
        }
        return s + "  </graph>\n</graphml>\n"
    }

    /// GEXF 1.3 with node kinds and edge kinds, times (ISO 8601) and amounts.
    public static func gexf(_ g: LinkGraph, entities: [Int], links: [Int]) -> String {
        var s = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <graph defaultedgetype="directed" mode="dynamic" timeformat="datetime">
                <attributes class="node"><attribute id="kind" title="kind" type="string"/></attributes>
                <attributes class="edge"><attribute id="kind" title="kind" type="string"/><attribute id="amount" title="amount_krw" type="long"/></attributes>
                <nodes>

            """
        for v in entities {
            let e = g.entities[v]
            s += "      <node id=\"\(xml(e.ref))\" label=\"\(xml(e.label.isEmpty ? e.ref : e.label))\">"
                + "<attvalues><attvalue for=\"kind\" value=\"\(e.kind.rawValue)\"/></attvalues></node>\n"
        }
        s += "    </nodes>\n    <edges>\n"
        for j in links {
            s += "      <edge id=\"\(j)\" source=\"\(xml(g.entities[Int(g.source[j])].ref))\" "
                + "target=\"\(xml(g.entities[Int(g.target[j])].ref))\" start=\"\(iso(g.at[j]))\">"
                + "<attvalues><attvalue for=\"kind\" value=\"\(g.linkKind(j).rawValue)\"/>"
                + "<attvalue for=\"amount\" value=\"\(g.amount[j])\"/></attvalues></edge>\n"
        }
        return s + "    </edges>\n  </graph>\n</gexf>\n"
    }

    /// A GeoJSON FeatureCollection of the located `entities` (WGS84 points).
    public static func geoJSON(_ g: LinkGraph, entities: [Int]) -> String {
        let features = entities.compactMap { v -> String? in
            let e = g.entities[v]
            guard let lon = e.lon, let lat = e.lat else { return nil }
            return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
                + String(format: "%.6f,%.6f", lon, lat) + "]},\"properties\":{\"ref\":\"\(e.ref)\","
                + "\"kind\":\"\(e.kind.rawValue)\",\"label\":\(json(e.label))}}"
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[" + features.joined(separator: ",\n") + "]}\n"
    }

    /// ISO 8601 UTC of epoch seconds.
    public static func iso(_ t: Int64) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date(timeIntervalSince1970: TimeInterval(t)))
    }

    static func xml(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func json(_ s: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: [s], options: [.withoutEscapingSlashes])
        return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
    }
}
