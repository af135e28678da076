import Foundation

/// Checks the positions of GeoJSON text before GEOS reads it: GEOS 3.11.1's GeoJSON
/// reader indexes a position's first two numbers without checking its length, so an
/// empty position (`[[0,0],[],[1,1]]`) crashes it and a one-number one reads past the
/// end (found by fuzzing, docs/RELIABILITY.md).
///
/// Every object with a geometry `type` and `coordinates` is checked at its type's depth
/// (Point 1, LineString and MultiPoint 2, Polygon and MultiLineString 3, MultiPolygon
/// 4): each position there must be an array of at least two elements. A Point may also
/// be `[]` (the empty point). Anything else wrong is left for GEOS to report.
enum GeoJSONPositions {
    /// The nesting depth of positions in each geometry type's `coordinates`.
    static let depths = [
        "Point": 1, "LineString": 2, "MultiPoint": 2, "Polygon": 3, "MultiLineString": 3, "MultiPolygon": 4,
    ]

    /// Why `text` would crash GEOS, or nil when it may be handed over.
    static func problem(in text: String) -> String? {
        guard let json = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
        else { return "not JSON text" }
        return problem(inValue: json, nesting: 0)
    }

    private static func problem(inValue value: Any, nesting: Int) -> String? {
        guard nesting < 64 else { return "nested more than 64 levels deep" }
        if let array = value as? [Any] {
            for element in array {
                if let p = problem(inValue: element, nesting: nesting + 1) { return p }
            }
        } else if let object = value as? [String: Any] {
            if let type = object["type"] as? String, let depth = depths[type],
                let coordinates = object["coordinates"],
                let p = problem(inPositions: coordinates, depth: depth, type: type)
            {
                return p
            }
            for (key, member) in object where key != "coordinates" {
                if let p = problem(inValue: member, nesting: nesting + 1) { return p }
            }
        }
        return nil
    }

    /// Checks the arrays `depth` levels down in `coordinates` (1: it is the position).
    private static func problem(inPositions coordinates: Any, depth: Int, type: String) -> String? {
        guard let array = coordinates as? [Any] else { return nil }
        if depth == 1 {
            if array.count >= 2 || (array.isEmpty && type == "Point") { return nil }
            return "a \(type) has a position with \(array.count) number(s); it needs at least 2"
        }
        for element in array {
            if let p = problem(inPositions: element, depth: depth - 1, type: type) { return p }
        }
        return nil
    }
}
