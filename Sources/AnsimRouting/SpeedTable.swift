/// Speeds (km/h) by road class for each source format, and the rules for who may use a
/// road. The table is documented in docs/ROUTING.md; change both together.
///
/// Car speeds follow Korea's "안전속도 5030" urban limits (50 km/h on arterials, 30 on
/// local streets) and OSM's usual class defaults; walkers go 4.5 km/h (3 km/h on steps)
/// and never on motorways.
public enum SpeedTable {
    /// The walking speed.
    public static let walking = 4.5
    /// The walking speed on steps.
    public static let steps = 3.0

    /// Juso `ROA_CLS_SE` (1 고속도로 expressway, 2 대로 boulevard of 8+ lanes, 3 로 road
    /// of 2–7 lanes, 4 길 street) and `ROAD_BT` width in metres (0 = unknown). Streets
    /// narrower than 2.5 m are foot only.
    public static func juso(roadClass: String, width: Double?) -> ModeSpeeds {
        switch roadClass {
        case "1": return ModeSpeeds(car: 80, foot: nil)
        case "2": return ModeSpeeds(car: 50, foot: walking)
        case "3": return ModeSpeeds(car: 40, foot: walking)
        default:
            if let width, width > 0, width < 2.5 { return ModeSpeeds(car: nil, foot: walking) }
            return ModeSpeeds(car: 30, foot: walking)
        }
    }

    /// Car speeds of OSM `highway` values (km/h); classes absent here are foot only
    /// when listed in ``osmFootOnly``, and not routable otherwise.
    public static let osmCar: [String: Double] = [
        "motorway": 100, "motorway_link": 60, "trunk": 80, "trunk_link": 50, "primary": 60,
        "primary_link": 40, "secondary": 50, "secondary_link": 40, "tertiary": 40, "tertiary_link": 30,
        "unclassified": 30, "residential": 30, "living_street": 10, "service": 20, "road": 30,
        "track": 15,
    ]
    /// OSM `highway` values only walkers use.
    public static let osmFootOnly: Set<String> = [
        "footway", "pedestrian", "path", "steps", "cycleway", "bridleway", "corridor",
    ]
    /// OSM `highway` values walkers may not use.
    public static let osmNoFoot: Set<String> = ["motorway", "motorway_link", "trunk", "trunk_link"]

    /// Speeds of an OSM way from its `highway`, `maxspeed` (km/h, or "N mph"; other
    /// values such as "KR:urban" are ignored), `access`, `motor_vehicle` and `foot` tags;
    /// nil when the way is not a routable highway.
    public static func osm(highway: String, tags: [String: String]) -> ModeSpeeds? {
        var car = osmCar[highway]
        var foot: Double? = osmNoFoot.contains(highway) ? nil : (highway == "steps" ? steps : walking)
        guard car != nil || osmFootOnly.contains(highway) else { return nil }
        if car != nil, let posted = tags["maxspeed"].flatMap(parseMaxSpeed) { car = posted }
        let no: Set<String> = ["no", "private"]
        if let access = tags["access"], no.contains(access) {
            car = nil
            foot = nil
        }
        if let v = tags["motor_vehicle"] ?? tags["motorcar"], no.contains(v) { car = nil }
        if let v = tags["foot"] {
            if no.contains(v) {
                foot = nil
            } else if v == "yes" || v == "designated" {
                foot = foot ?? walking
            }
        }
        return car == nil && foot == nil ? nil : ModeSpeeds(car: car, foot: foot)
    }

    /// A `maxspeed` value in km/h ("50", "30 mph"), or nil.
    static func parseMaxSpeed(_ text: String) -> Double? {
        let parts = text.split(separator: ";")[0].split(separator: " ")
        guard let first = parts.first, let value = Double(first), value > 0 else { return nil }
        return parts.count > 1 && parts[1] == "mph" ? value * 1.609344 : value
    }

    /// The car one-way rule of an OSM way: `oneway=yes|true|1` forward, `-1|reverse`
    /// backward, `no` both; otherwise roundabouts and motorways are one-way forward.
    public static func osmOneWay(highway: String, tags: [String: String]) -> OneWay {
        switch tags["oneway"] {
        case "yes", "true", "1": return .forward
        case "-1", "reverse": return .backward
        case "no", "false", "0": return .both
        default:
            if tags["junction"] == "roundabout" || highway == "motorway" { return .forward }
            return .both
        }
    }

    /// MOCT `ROAD_RANK` (101 고속국도, 102 도시고속도로, 103 일반국도, 104 특별·광역시도,
    /// 105 국가지원지방도, 106 지방도, 107 시·군도, 108 기타) with `MAX_SPD` (km/h, 0 =
    /// unknown) taking precedence for cars.
    public static func moct(rank: String, maxSpeed: Double?) -> ModeSpeeds {
        let byRank: [String: Double] = [
            "101": 100, "102": 80, "103": 60, "104": 50, "105": 50, "106": 50, "107": 40, "108": 30,
        ]
        let car = (maxSpeed.flatMap { $0 > 0 ? $0 : nil }) ?? byRank[rank] ?? 30
        let foot = rank == "101" || rank == "102" ? nil : walking
        return ModeSpeeds(car: car, foot: foot)
    }
}
