import AnsimMedia
import AnsimServer
import Foundation
import Hummingbird

extension MediaRoutes {
    /// A registration: the case's pseudonymous reference and the media.
    struct Register: Decodable, Sendable {
        var caseRef: String
        var pdq: String?
        var imageBase64: String?
        var videoBase64: String?
    }

    /// One stored hash of a registration.
    struct RegisteredHash: Encodable, Sendable {
        var id: Int64
        var pdq: String
        var quality: Int?
        var mediaKind: String
        var variant: String
        var frameSeconds: Double?
        var created: Bool
    }

    /// What a registration answers (hashes, never the image): the first hash at the top
    /// level, every stored hash (derived crops, video keyframes) in `hashes`.
    struct Registered: Encodable, Sendable {
        var id: Int64
        var pdq: String
        var quality: Int?
        var caseRef: String
        var created: Bool
        var hashes: [RegisteredHash]
        var indexed: Int
    }

    /// The hashes a registration stores: a given hash alone; an image's hash and its
    /// derived crops (``ReferenceVariant``); a video's kept keyframes.
    static func protectedHashes(_ hashed: MediaInput.Hashed) -> [MediaStore.NewProtected] {
        if hashed.isVideo {
            return hashed.frames.map {
                MediaStore.NewProtected(
                    $0.hash, quality: $0.quality, kind: "video_frame", frameSeconds: $0.seconds)
            }
        }
        guard let image = hashed.image else {
            return hashed.frames.map { MediaStore.NewProtected($0.hash, quality: $0.quality) }
        }
        return ReferenceVariant.references(image).map {
            MediaStore.NewProtected($0.hash, quality: $0.quality, variant: $0.variant.rawValue)
        }
    }

    func registerProtected(on r: RouteRegistry) {
        Self.add(
            r,
            RouteSpec(
                .post, "/media/protected", summary: "Register a victim's protected media (hash only)",
                tag: "media", roles: Self.roles, request: "MediaRegister", response: "MediaRegistered",
                query: [
                    (
                        "case_ref",
                        "with a raw image/jpeg, image/png or video/* body: the case's pseudonymous reference"
                    )
                ]
            ).documenting(201, 413, 415)
        ) { request, context, p in
            let hashed: MediaInput.Hashed
            let caseRef: String
            let data = try await Self.body(request)
            if let type = request.headers[.contentType], type.hasPrefix("image/") || type.hasPrefix("video/")
            {
                guard let ref = request.uri.queryParameters.get("case_ref") else {
                    throw HTTPError(.badRequest, message: "a media body needs ?case_ref=")
                }
                caseRef = ref
                hashed = try MediaInput.hash(
                    media: [UInt8](data), type.hasPrefix("video/") ? "the video" : "the image")
            } else {
                let body = try MediaJSON.decode(Register.self, from: data, what: "the registration")
                caseRef = body.caseRef
                hashed = try MediaInput(
                    pdq: body.pdq, imageBase64: body.imageBase64, videoBase64: body.videoBase64
                )
                .hashed("the registration")
            }
            guard caseRef.range(of: #"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$"#, options: .regularExpression) != nil
            else {
                throw HTTPError(
                    .badRequest,
                    message: "case_ref must be 1–40 letters, digits, - or _ (a pseudonymous reference)")
            }
            try await cache.ensureLoaded(server.database)
            let results = try await server.database.withScope(
                p!, client: context.clientAddress, purpose: "register protected media"
            ) { c in
                try MediaStore.register(Self.protectedHashes(hashed), caseRef: caseRef, on: c)
            }
            for result in results {
                await cache.add(
                    id: result.protected.id, hash: PDQHash(hex: result.protected.pdq)!,
                    upload: result.protected.sourceID ?? result.protected.id)
            }
            let first = results[0].protected
            let created = results.contains { $0.created }
            let hashes = results.map { row, new in
                RegisteredHash(
                    id: row.id, pdq: row.pdq, quality: row.quality, mediaKind: row.mediaKind,
                    variant: row.variant,
                    frameSeconds: row.frameSeconds, created: new)
            }
            return try MediaJSON.response(
                Registered(
                    id: first.id, pdq: first.pdq, quality: first.quality, caseRef: first.caseRef,
                    created: created,
                    hashes: hashes, indexed: await cache.count),
                status: created ? .created : .ok)
        }
    }
}
