/// One layer of the map page, served as GeoJSON by `GET /map/layers/{layer}`.
///
/// Coordinates are EPSG:5179 (UTM-K, metres), Ansim's working CRS, so the page draws
/// them without any projection; the collection names the CRS in its `crs` member.
public enum MapLayer: String, CaseIterable, Sendable {
    /// 자치구 boundaries (admin_area, level sigungu), simplified.
    case gu
    /// 행정동 boundaries (admin_area, level hangjeongdong), simplified.
    case dong
    /// Police stations and 지구대/파출소 (police_org points).
    case boxes
    /// CCTV sites (cctv), as points or, past the limit, as counts per cell.
    case cctv
    /// Incidents (incident), always as counts per grid cell, filtered by period and class.
    case incidents
    /// Cells of a recorded hotspot run (analytics_run kind `hotspot`).
    case hotspots
    /// Cells of a recorded forecast run (analytics_run kind `forecast`).
    case forecast
    /// Routes and stops of recorded patrol plans (patrol_route, patrol_stop).
    case patrol

    /// The label on the page.
    public var label: String {
        switch self {
        case .gu: return "구 경계"
        case .dong: return "행정동 경계"
        case .boxes: return "경찰서·지구대·파출소"
        case .cctv: return "CCTV"
        case .incidents: return "사건 (격자 집계)"
        case .hotspots: return "핫스팟 (Gi*)"
        case .forecast: return "예측 위험"
        case .patrol: return "순찰 경로"
        }
    }

    /// The colour the page draws the layer's main features with (legend swatch).
    public var colour: String {
        switch self {
        case .gu: return "#7a7a7a"
        case .dong: return "#b5b5b5"
        case .boxes: return "#1f3a93"
        case .cctv: return "#00897b"
        case .incidents: return "#e6550d"
        case .hotspots: return "#b2182b"
        case .forecast: return "#762a83"
        case .patrol: return "#ff8f00"
        }
    }

    /// Whether the page shows the layer before the user asks (행정동 and CCTV crowd a
    /// city-wide view; they are a click away).
    public var shownByDefault: Bool { self != .dong && self != .cctv }

    /// Whether the layer's content depends on the view (bbox) and is refetched on pan/zoom.
    public var followsView: Bool { self == .cctv || self == .incidents }

    /// The analytics_run kind a run layer draws.
    var runKind: String? {
        switch self {
        case .hotspots: return "hotspot"
        case .forecast: return "forecast"
        case .patrol: return "patrol"
        default: return nil
        }
    }

    /// Cell classes drawn by a run layer (others, such as `ns`, are left out).
    static let hotspotClasses = ["hot-99", "hot-95", "hot-90", "cold-90", "cold-95", "cold-99"]
    static let forecastClasses = ["top-1", "top-5"]
}
