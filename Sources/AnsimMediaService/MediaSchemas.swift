import AnsimServer

/// The OpenAPI schemas of the media routes.
enum MediaSchemas {
    static func register(on r: RouteRegistry) {
        r.schema(
            "MediaRegister",
            """
            type: object
            required: [case_ref]
            properties:
              case_ref: {type: string, pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$", description: the case's pseudonymous reference}
              pdq: {type: string, pattern: "^[0-9a-fA-F]{64}$", description: PDQ hash; or image_base64}
              image_base64: {type: string, description: JPEG or PNG; hashed with its derived crops and discarded; never stored}
              video_base64: {type: string, description: a video (MP4 or WebM or another container ffmpeg reads); its kept keyframes are hashed and the video discarded}
            """)
        r.schema(
            "MediaRegistered",
            """
            type: object
            properties:
              id: {type: integer}
              pdq: {type: string}
              quality: {type: integer, nullable: true}
              case_ref: {type: string}
              created: {type: boolean, description: false when the case already had every hash}
              hashes:
                type: array
                description: every stored hash - an image's and its derived crops, or a video's kept keyframes
                items:
                  type: object
                  properties:
                    id: {type: integer}
                    pdq: {type: string}
                    quality: {type: integer, nullable: true}
                    media_kind: {type: string, enum: [image, video_frame]}
                    variant: {type: string, description: original or a derived crop such as crop-5 or crop-left-10}
                    frame_seconds: {type: number, nullable: true, description: a keyframe's presentation time}
                    created: {type: boolean}
              indexed: {type: integer, description: hashes in the match index}
            """)
        r.schema(
            "MediaCrawlLine",
            """
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
              video_base64: {type: string, description: a video; each kept keyframe is a candidate}
            """)
        r.schema(
            "MediaMatch",
            """
            type: object
            properties:
              id: {type: integer}
              item_id: {type: integer}
              protected_id: {type: integer}
              case_ref: {type: string}
              platform: {type: string}
              url: {type: string}
              distance: {type: integer, description: Hamming distance in bits}
              uploaded_at: {type: string, format: date-time, nullable: true}
              found_at: {type: string, format: date-time}
              detection_seconds: {type: number, nullable: true, description: found_at − uploaded_at}
              takedown_status: {type: string, enum: [none, requested, acknowledged, deleted, refused]}
              frame_seconds: {type: number, nullable: true, description: the monitored video's keyframe time}
              sightings: {type: integer, description: reports of the same platform and URL and hash}
              protected_variant: {type: string, description: original or the derived crop that matched}
              protected_frame_seconds: {type: number, nullable: true, description: the protected video's keyframe time}
            """)
        r.schema(
            "MediaCrawlResult",
            """
            type: object
            properties:
              items: {type: integer, description: candidates (lines)}
              hashes: {type: integer, description: hashes checked - one per image or hash and one per kept video keyframe}
              repeated: {type: integer, description: items already recorded; a sighting was added instead of a row}
              matches: {type: array, items: {$ref: '#/components/schemas/MediaMatch'}}
              new_matches: {type: integer, description: matches recorded for the first time}
              indexed: {type: integer}
            """)
        r.schema(
            "MediaMatchList",
            """
            type: object
            properties:
              matches: {type: array, items: {$ref: '#/components/schemas/MediaMatch'}}
            """)
        r.schema(
            "MediaTakedown",
            """
            type: object
            required: [status]
            properties:
              status: {type: string, enum: [requested, acknowledged, deleted, refused]}
              note: {type: string, maxLength: 500}
            """)
        r.schema(
            "MediaMetrics",
            """
            type: object
            properties:
              protected_media: {type: integer, description: protected uploads - images and videos and hashes given alone}
              protected_hashes: {type: integer, description: hashes held for them with derived crops and video keyframes}
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
