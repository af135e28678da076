import Hummingbird

/// One documented route: what the OpenAPI document says and who may call it.
public struct RouteSpec: Sendable {
    /// HTTP method.
    public var method: HTTPRequest.Method
    /// OpenAPI path, with `{name}` parameters.
    public var path: String
    /// One line for the document and for denial messages.
    public var summary: String
    /// OpenAPI tag (grouping).
    public var tag: String
    /// Roles allowed; nil means no authentication (log-in, health, metrics, the document).
    public var roles: Set<AppRole>?
    /// Schema name of the JSON request body, if any.
    public var requestSchema: String?
    /// Schema name of the JSON response (nil for text bodies).
    public var responseSchema: String?
    /// Query parameters (name, description).
    public var query: [(String, String)]
    /// Kept for old clients only; the document marks the operation `deprecated: true`.
    public var deprecated = false
    /// Statuses this route answers besides 200 and the common errors (e.g. 201 when it
    /// creates, 422 when a well-formed body breaks a rule); see ``documenting(_:)``.
    public var otherStatuses: [Int] = []

    /// A route.
    public init(
        _ method: HTTPRequest.Method, _ path: String, summary: String, tag: String, roles: Set<AppRole>?,
        request: String? = nil, response: String? = nil, query: [(String, String)] = []
    ) {
        self.method = method
        self.path = path
        self.summary = summary
        self.tag = tag
        self.roles = roles
        self.requestSchema = request
        self.responseSchema = response
        self.query = query
    }

    /// The same route, documenting `statuses` too (201, 415, 422, 423, 503, …): every status
    /// a route can answer is in the document (schemathesis checks it; docs/RELIABILITY.md).
    public func documenting(_ statuses: Int...) -> RouteSpec {
        var copy = self
        copy.otherStatuses = Array(Set(copy.otherStatuses + statuses)).sorted()
        return copy
    }

    /// The path in the router's syntax (`:name`).
    var routerPath: String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? ":" + part.dropFirst().dropLast() : part
        }.joined(separator: "/")
    }

    /// Path parameter names.
    var pathParameters: [String] {
        path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) }
    }
}
