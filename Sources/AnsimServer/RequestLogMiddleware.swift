import Hummingbird
import Logging

/// One structured log line per request — method, route template, status, duration,
/// user and role — and the request's metrics. Bodies, query strings and concrete
/// paths are never logged, so no name, contact or address can reach the log.
public struct RequestLogMiddleware: RouterMiddleware {
    public typealias Context = ServerRequestContext
    let metrics: ServerMetrics

    /// A middleware recording into `metrics`.
    public init(metrics: ServerMetrics) { self.metrics = metrics }

    public func handle(
        _ request: Request, context: ServerRequestContext,
        next: (Request, ServerRequestContext) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        var status = 500
        defer {
            let route = context.endpointPath ?? "unmatched"
            let elapsed = ContinuousClock.now - start
            metrics.record(method: request.method.rawValue, route: route, status: status, duration: elapsed)
            context.logger.info(
                "request",
                metadata: [
                    "method": .string(request.method.rawValue), "route": .string(route),
                    "status": .stringConvertible(status),
                    "ms": .string(Self.milliseconds(elapsed)),
                ])
        }
        do {
            let response = try await next(request, context)
            status = response.status.code
            return response
        } catch let error as any HTTPResponseError {
            status = error.status.code
            throw error
        }
    }

    /// `elapsed` in milliseconds with one decimal ("12.3"), without Foundation's
    /// `String(format:)` (a measurable share of a request's CPU).
    static func milliseconds(_ elapsed: Duration) -> String {
        let tenths = (elapsed.nanoseconds + 50_000) / 100_000
        return "\(tenths / 10).\(tenths % 10)"
    }
}
