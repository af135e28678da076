import Testing

@testable import AnsimServer

/// The request log's duration field: milliseconds rounded to one decimal.
@Suite struct RequestLogMiddlewareTests {
    @Test func durationsPrintAsMillisecondsWithOneDecimal() {
        #expect(RequestLogMiddleware.milliseconds(.zero) == "0.0")
        #expect(RequestLogMiddleware.milliseconds(.nanoseconds(49_999)) == "0.0")
        #expect(RequestLogMiddleware.milliseconds(.nanoseconds(50_000)) == "0.1")
        #expect(RequestLogMiddleware.milliseconds(.microseconds(12_345)) == "12.3")
        #expect(RequestLogMiddleware.milliseconds(.microseconds(12_350)) == "12.4")
        #expect(RequestLogMiddleware.milliseconds(.seconds(61)) == "61000.0")
    }
}
