import AnsimServer

/// The JSON Schemas of the map routes, for the OpenAPI document.
enum MapSchemas {
    static func register(on r: RouteRegistry) {
        r.schema(
            "MapRun",
            """
            type: object
            properties:
              id: {type: integer}
              kind: {type: string, description: hotspot, forecast or patrol}
              method: {type: string}
              area_name: {type: string}
              input_from: {type: string, description: first day of the input window}
              input_to: {type: string, description: end of the input window (exclusive)}
              created_at: {type: string}
              synthetic: {type: boolean}
              cell: {type: number, description: grid cell in metres}
            """)
        r.schema("MapRuns", "type: array\nitems: {$ref: '#/components/schemas/MapRun'}")
        r.schema(
            "MapLayer",
            """
            type: object
            description: >-
              A GeoJSON FeatureCollection in EPSG:5179 (UTM-K metres, named in crs). Incidents are
              counts per square cell (at least 50 m), never points; no layer carries personal data.
            properties:
              type: {type: string, enum: [FeatureCollection]}
              layer: {type: string, enum: [gu, dong, boxes, cctv, incidents, hotspots, forecast, patrol]}
              crs: {type: object}
              meta:
                type: object
                properties:
                  features: {type: integer}
                  matched: {type: integer}
                  truncated: {type: boolean}
                  aggregated: {type: boolean}
                  cell: {type: number}
                  from: {type: string}
                  to: {type: string}
                  classes: {type: array, items: {type: string}}
                  events: {type: integer}
                  synthetic: {type: boolean}
                  run: {$ref: '#/components/schemas/MapRun'}
                  runs: {type: array, items: {type: integer}}
                  note: {type: string}
              features: {type: array, items: {type: object}}
            """)
    }
}
