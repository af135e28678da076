import Foundation

#if ANSIM_FUZZ_API
    import AnsimGroomingService
    @testable import AnsimHotline
    @testable import AnsimLookupServer
    @testable import AnsimServer
    import Hummingbird

    /// API request bodies, decoded exactly as the routes do: ``JSONBody/decode(_:from:)``
    /// (1 MiB cap, ISO 8601 dates, its mapping of decoding errors to 400s) on a
    /// Hummingbird `Request`, for every body type a route decodes — `POST /login`,
    /// `/lookup` (then `LookupRequest.query(now:)`, its validation), the hotline case,
    /// order, place, location, support and geofence-fix bodies, and the grooming alert
    /// transitions.
    enum FuzzAPI {
        /// Decodes `bytes` as each route's body, waiting for the async decoder.
        static func run(_ bytes: [UInt8]) {
            let done = DispatchSemaphore(value: 0)
            Task {
                await decodeAll(bytes)
                done.signal()
            }
            done.wait()
        }

        /// One decode per body type; thrown errors (400s) are the expected answers.
        static func decodeAll(_ bytes: [UInt8]) async {
            if let body = await decode(LookupRequest.self, bytes) {
                _ = try? body.query(now: 1_800_000_000_000)
            }
            _ = await decode(CoreRoutes.LoginRequest.self, bytes)
            _ = await decode(HotlineRequest.OpenCase.self, bytes)
            _ = await decode(HotlineRequest.Assign.self, bytes)
            _ = await decode(HotlineRequest.Close.self, bytes)
            _ = await decode(HotlineRequest.Risk.self, bytes)
            _ = await decode(HotlineRequest.Order.self, bytes)
            _ = await decode(HotlineRequest.Place.self, bytes)
            _ = await decode(HotlineRequest.Support.self, bytes)
            _ = await decode(HotlineRoutes.Location.self, bytes)
            _ = await decode(HotlineRoutes.Fixes.self, bytes)
            _ = await decode(GroomingRequest.Assess.self, bytes)
            _ = await decode(GroomingRequest.Escalate.self, bytes)
            _ = await decode(GroomingRequest.Close.self, bytes)
        }

        /// `bytes` as the body of a `POST`, decoded as `T` by ``JSONBody``; nil on its 400.
        static func decode<T: Decodable>(_ type: T.Type, _ bytes: [UInt8]) async -> T? {
            let head = HTTPRequest(method: .post, scheme: "http", authority: "fuzz", path: "/")
            let request = Request(head: head, body: .init(buffer: ByteBuffer(bytes: bytes)))
            return try? await JSONBody.decode(T.self, from: request)
        }
    }
#else
    /// API request bodies: this build left them out (they need the server modules, see
    /// `ANSIM_FUZZ_API` in Fuzz/Package.swift).
    enum FuzzAPI {
        /// Exits: the target is not in this build.
        static func run(_ bytes: [UInt8]) {
            FileHandle.standardError.write(Data("the api target needs a build with ANSIM_FUZZ_API=1\n".utf8))
            exit(2)
        }
    }
#endif
