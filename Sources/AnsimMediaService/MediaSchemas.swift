import AnsimServer

/// The OpenAPI schemas of the media routes.
enum MediaSchemas {
    static func register(on r: RouteRegistry) {
        r.schema("MediaRegister", """
            type: object
            required: [case_ref]
            properties:
              case_ref: {type: string, pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$", description: the case's pseudonymous reference}
              pdq: {type: string, pattern: "^[0-9a-fA-F]{64}$", description: PDQ hash; or image_base64}
              image_base64: {type: string, description: JPEG or PNG; hashed and discarded, never stored}
            """)
        r.schema("MediaRegistered", """
            type: object
            properties:
              id: {type: integer}
              pdq: {type: string}
              quality: {type: integer, nullable: true}
              case_ref: {type: string}
              created: {type: boolean, description: false when the case already had this hash}
              indexed: {type: integer, description: hashes in the match index}
            """)
        r.schema("MediaCrawlLine", """
            type: object
            description: one line of the NDJSON body
            required: [platform, url]
            properties:
              platform: {type: string, maxLength: 64}
              url: {type: string, maxLength: 2048}
              uploaded_at: {type: string, format: date-time}
              seen_at: {type: string, format: date-time, description: default now}
              pdq: {type: string, pattern: "^[0-9a-fA-F]{64}$"}
              image_base64: {type: string, description: JPEG or PNG; hashed and discarded}
            """)
        r.schema("MediaMatch", """
            type: object
            properties:
              id: {type: integer}
              item_id: {type: integer}
              protected_id: {type: integer}
              case_ref: {type: string}
              platform: {type: string}
              url: {type: string}
              distance: {type: integer, description: Hamming distance, bits}
              uploaded_at: {type: string, format: date-time, nullable: true}
              found_at: {type: string, format: date-time}
              detection_seconds: {type: number, nullable: true, description: found_at − uploaded_at}
              takedown_status: {type: string, enum: [none, requested, acknowledged, deleted, refused]}
            """)
        r.schema("MediaCrawlResult", """
            type: object
            properties:
              items: {type: integer}
              matches: {type: array, items: {$ref: '#/components/schemas/MediaMatch'}}
              indexed: {type: integer}
            """)
        r.schema("MediaMatchList", """
            type: object
            properties:
              matches: {type: array, items: {$ref: '#/components/schemas/MediaMatch'}}
            """)
        r.schema("MediaTakedown", """
            type: object
            required: [status]
            properties:
              status: {type: string, enum: [requested, acknowledged, deleted, refused]}
              note: {type: string, maxLength: 500}
            """)
        r.schema("MediaMetrics", """
            type: object
            properties:
              protected_media: {type: integer}
              items_monitored: {type: integer}
              matches: {type: integer}
              median_detection_seconds: {type: number, nullable: true}
              p90_detection_seconds: {type: number, nullable: true}
              takedowns_requested: {type: integer}
              takedowns_completed: {type: integer, description: takedowns that reached deleted}
              takedowns_refused: {type: integer}
            """)
    }
}
