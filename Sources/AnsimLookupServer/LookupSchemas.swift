import AnsimServer

/// The OpenAPI schemas of the lookup routes.
enum LookupSchemas {
    static func register(on r: RouteRegistry) {
        r.schema(
            "LookupRequest",
            """
            type: object
            required: [code]
            properties:
              lon: {type: number, description: WGS84 longitude (or x/y)}
              lat: {type: number}
              x: {type: number, description: EPSG:5179 easting}
              y: {type: number, description: EPSG:5179 northing}
              address: {type: string, maxLength: 200, description: "the scene as a Korean address (도로명 or 지번), geocoded offline; instead of lon/lat or x/y"}
              time: {type: string, format: date-time, description: default now; not in the future}
              code: {type: integer, minimum: 0, maximum: 4, description: 112 code}
              incident_class: {type: string, description: 112 사건종별, e.g. 성폭력, 강도, 실종}
              radius: {type: number, maximum: 5000, description: metres, default 500}
              minutes: {type: number, maximum: 1440, description: ± window for fixes, default 30}
              reach: {type: boolean, description: compute the escape routes, default true}
              limit: {type: integer, maximum: 10000, description: offenders and route cameras/exits listed, default 50}
              incident: {type: string, description: the incident's number (audit, live channel)}
              dispatch: {type: array, items: {type: string}, description: usernames of officers dispatched}
            """)
        r.schema(
            "LookupResult",
            """
            type: object
            required: [scene, monitored_persons, registered_offenders, cameras, past_incidents, guidance, synthetic]
            properties:
              scene: {type: object}
              monitored_persons: {type: array, items: {type: object}, description: wearers with fixes within R ± T (no identities for analysts)}
              registered_offenders: {type: array, items: {type: object}, description: ranked by relevance × nearness}
              cameras: {type: array, items: {type: object}, description: cameras covering the scene}
              escape_routes: {type: object, description: foot and car reach in 1, 3, 5 minutes, exits, cameras by time}
              past_incidents: {type: object, description: incidents and calls within 100 m in 365 days by class}
              guidance: {type: object, description: nearest responders with network ETA, steps}
              synthetic: {type: boolean}
              registered_offenders_total: {type: integer}
            """)
        r.schema(
            "FixIngestResult",
            """
            type: object
            properties:
              received: {type: integer}
              inserted: {type: integer}
              duplicates: {type: integer}
              rejected: {type: array, items: {type: object, properties: {line: {type: integer}, reason: {type: string}}}}
            """)
    }
}
