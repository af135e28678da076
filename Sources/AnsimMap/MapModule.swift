import AnsimServer
import AnsimStore
import Foundation
import Hummingbird

/// The map page of `ansim serve`: `GET /map` (the page and its script, public: they
/// hold no data) and the GeoJSON layers behind it, for analysts and admins.
///
/// ```swift
/// ServerApplication(configuration: c, context: ctx, modules: [HotlineModule(monitor: m), MapModule()])
/// ```
/// The page logs in through `POST /auth/login` (or takes `#token=…` in its address)
/// and sends the token as `Authorization: Bearer` with every layer request. It loads
/// nothing from the internet: the renderer is the page's own script (``MapViewerScript``),
/// and its Content-Security-Policy allows this server only.
public struct MapModule: ServerModule {
    /// Who may read the layers: analysts (commanders log in as analysts) and admins.
    public static let roles: Set<AppRole> = [.analyst, .admin]

    /// The module.
    public init() {}

    public func register(on r: RouteRegistry, server: ServerContext) {
        MapSchemas.register(on: r)
        r.add(RouteSpec(.get, "/map", summary: "Show the map page (HTML; it logs in itself)", tag: "map", roles: nil)) {
            _, _, _ in
            Self.text(MapViewerPage.html, type: "text/html; charset=utf-8")
        }
        r.add(RouteSpec(.get, "/map/map.js", summary: "Send the map page's script", tag: "map", roles: nil)) { _, _, _ in
            Self.text(MapViewerScript.source, type: "text/javascript; charset=utf-8")
        }
        r.add(
            RouteSpec(
                .get, "/map/runs", summary: "List recorded hotspot, forecast and patrol runs", tag: "map",
                roles: Self.roles, response: "MapRuns", query: [("kind", "hotspot, forecast or patrol")])
        ) { request, context, p in
            let kind = request.uri.queryParameters.get("kind").flatMap { $0.isEmpty ? nil : $0 }
            guard kind == nil || ["hotspot", "forecast", "patrol"].contains(kind!) else {
                throw HTTPError(.badRequest, message: "kind must be hotspot, forecast or patrol")
            }
            let runs = try await server.database.withScope(p!, client: context.clientAddress, purpose: "map runs") {
                try MapRun.recent(kind: kind, limit: 100, on: $0)
            }
            return try JSONBody.response(runs)
        }
        r.add(
            RouteSpec(
                .get, "/map/layers/{layer}",
                summary: "Read a map layer as GeoJSON (EPSG:5179)", tag: "map", roles: Self.roles,
                response: "MapLayer",
                query: [
                    ("from", "first day YYYY-MM-DD (Asia/Seoul), inclusive"),
                    ("to", "last day YYYY-MM-DD, inclusive"),
                    ("class", "crime classes, comma-separated (incidents)"),
                    ("bbox", "minx,miny,maxx,maxy in EPSG:5179 metres"),
                    ("run", "analytics_run id (hotspots, forecast, patrol); default the latest"),
                    ("cell", "cell size in metres for counts, 50-5000 (default 100)"),
                    ("limit", "most features (default 5000)"),
                ])
        ) { request, context, p in
            let name = context.parameters.get("layer") ?? ""
            guard let layer = MapLayer(rawValue: name) else {
                let known = MapLayer.allCases.map(\.rawValue).joined(separator: ", ")
                throw HTTPError(.notFound, message: "no map layer \(name) (\(known))")
            }
            let filter = try MapFilter(request: request)
            let json = try await server.database.withScope(
                p!, client: context.clientAddress, purpose: "map layer \(layer.rawValue)"
            ) {
                try MapLayerQuery(filter: filter, connection: $0).collection(layer).json()
            }
            return Self.text(json, type: "application/geo+json")
        }
    }

    /// A text response that may only load from this server.
    static func text(_ body: String, type: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: type, .cacheControl: "no-store",
                .contentSecurityPolicy:
                    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
            ],
            body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
