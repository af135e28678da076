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
    }

    /// What a registration answers (the hash, never the image).
    struct Registered: Encodable, Sendable {
        var id: Int64
        var pdq: String
        var quality: Int?
        var caseRef: String
        var created: Bool
        var indexed: Int
    }

    func registerProtected(on r: RouteRegistry) {
        r.add(
            RouteSpec(
                .post, "/media/protected", summary: "Register a victim's protected media (hash only)",
                tag: "media", roles: Self.roles, request: "MediaRegister", response: "MediaRegistered",
                query: [("case_ref", "with a raw image/jpeg or image/png body: the case's pseudonymous reference")])
        ) { request, context, p in
            let hashed: (hash: PDQHash, quality: Int?)
            let caseRef: String
            let data = try await Self.body(request)
            if let type = request.headers[.contentType], type.hasPrefix("image/") {
                guard let ref = request.uri.queryParameters.get("case_ref") else {
                    throw HTTPError(.badRequest, message: "an image body needs ?case_ref=")
                }
                caseRef = ref
                hashed = try MediaInput.hash(image: [UInt8](data), "the image")
            } else {
                let body = try MediaJSON.decode(Register.self, from: data, what: "the registration")
                caseRef = body.caseRef
                hashed = try MediaInput(pdq: body.pdq, imageBase64: body.imageBase64).hashed("the registration")
            }
            guard caseRef.range(of: #"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$"#, options: .regularExpression) != nil else {
                throw HTTPError(.badRequest, message: "case_ref must be 1–40 letters, digits, - or _ (a pseudonymous reference)")
            }
            try await cache.ensureLoaded(server.database)
            let result = try await server.database.withScope(
                p!, client: context.clientAddress, purpose: "register protected media"
            ) { c in
                try MediaStore.register(hashed.hash, quality: hashed.quality, caseRef: caseRef, on: c)
            }
            await cache.add(id: result.protected.id, hash: hashed.hash)
            return try MediaJSON.response(
                Registered(
                    id: result.protected.id, pdq: result.protected.pdq, quality: result.protected.quality,
                    caseRef: result.protected.caseRef, created: result.created, indexed: await cache.count),
                status: result.created ? .created : .ok)
        }
    }
}
