import Foundation
import Prometheus

/// The server's Prometheus metrics, served at `/metrics` in the text format.
///
/// Each application has its own registry (no global bootstrap), so several servers
/// in one process — the tests — keep their figures apart. Modules add their own
/// counters to ``registry``.
public final class ServerMetrics: Sendable {
    /// The registry every metric lives in.
    public let registry = PrometheusCollectorRegistry()

    /// Creates an empty set of metrics.
    public init() {}

    /// Counts one finished request and its duration.
    public func record(method: String, route: String, status: Int, duration: Duration) {
        registry.makeCounter(
            name: "ansim_http_requests_total",
            labels: [("method", method), ("route", route), ("status", String(status))]
        ).increment()
        registry.makeDurationHistogram(
            name: "ansim_http_request_duration_seconds", labels: [("route", route)],
            buckets: [
                .milliseconds(5), .milliseconds(25), .milliseconds(100), .milliseconds(500), .seconds(2),
            ]
        ).recordNanoseconds(duration.nanoseconds)
    }

    /// The metrics in Prometheus text exposition format.
    public func exposition() -> String {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}

extension Duration {
    var nanoseconds: Int64 {
        let (s, atto) = components
        return s * 1_000_000_000 + atto / 1_000_000_000
    }
}
