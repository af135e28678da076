import Foundation

/// Where Ansim's database is, resolved from the environment the way libpq users expect.
///
/// - `DATABASE_URL` (a libpq URI or key=value string) wins;
/// - else any of `PGHOST`, `PGHOSTADDR`, `PGPORT`, `PGDATABASE`, `PGUSER`, `PGSERVICE`
///   selects an existing server through libpq's own environment handling
///   (which also reads `PGPASSWORD`, `PGPASSFILE`, `PGSSLMODE`, `PGCONNECT_TIMEOUT`, …);
/// - else Ansim's private embedded cluster (``EmbeddedCluster``) is used.
public enum ConnectionSettings: Sendable, Equatable {
    /// A libpq connection URI or keyword/value string.
    case url(String)
    /// libpq's `PG*` environment variables.
    case environment
    /// The embedded cluster under `ANSIM_HOME`.
    case embedded(EmbeddedCluster)

    /// The variables that select an existing server.
    public static let serverVariables = [
        "PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGSERVICE",
    ]

    /// Resolves the settings from `environment` (default: the process's).
    public static func resolve(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> ConnectionSettings {
        if let url = environment["DATABASE_URL"], !url.isEmpty { return .url(url) }
        if serverVariables.contains(where: { !(environment[$0] ?? "").isEmpty }) {
            return .environment
        }
        return .embedded(try EmbeddedCluster(environment: environment))
    }

    /// libpq keyword/value pairs, in the order libpq should apply them.
    ///
    /// Ansim's defaults come first so that anything in the URL overrides them;
    /// `connect_timeout` defaults to 10 s so that an unreachable host never hangs.
    public func keywords(
        database: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> [(String, String)] {
        var pairs: [(String, String)] = [("fallback_application_name", "ansim")]
        if environment["PGCONNECT_TIMEOUT"] == nil { pairs.append(("connect_timeout", "10")) }
        switch self {
        case .url(let url):
            pairs.append(("dbname", url))
        case .environment:
            break
        case .embedded(let cluster):
            pairs += [
                ("host", cluster.socketDirectory), ("port", String(cluster.port)),
                ("user", EmbeddedCluster.superuser), ("dbname", EmbeddedCluster.database),
                ("sslmode", "disable"),
            ]
        }
        if let database { pairs.append(("dbname", database)) }
        pairs.append(("client_encoding", "UTF8"))
        return pairs
    }

    /// A description safe to print: passwords in URLs are masked.
    public var redacted: String {
        switch self {
        case .url(let url): return ConnectionSettings.redact(url)
        case .environment: return "libpq environment (PG* variables)"
        case .embedded(let c): return "embedded cluster in \(c.home)"
        }
    }

    /// Masks `password=…` and the password part of `scheme://user:password@`.
    static func redact(_ url: String) -> String {
        var s = url
        if let schemeEnd = s.range(of: "://"), let at = s[schemeEnd.upperBound...].firstIndex(of: "@") {
            let userinfo = s[schemeEnd.upperBound..<at]
            if let colon = userinfo.firstIndex(of: ":") {
                s.replaceSubrange(s.index(after: colon)..<at, with: "***")
            }
        }
        if let r = s.range(of: "password=") {
            let end = s[r.upperBound...].firstIndex(where: { $0 == " " || $0 == "&" }) ?? s.endIndex
            s.replaceSubrange(r.upperBound..<end, with: "***")
        }
        return s
    }
}

extension ConnectionSettings {
    /// A connection string `psql` (or any libpq program) accepts for these settings.
    ///
    /// For `.environment` it is built from the `PG*` variables, which psql reads too.
    public func libpqURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        switch self {
        case .url(let url): return url
        case .embedded(let cluster): return cluster.url
        case .environment:
            func enc(_ s: String) -> String {
                s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? s
            }
            let user = environment["PGUSER"].map { enc($0) + "@" } ?? ""
            var host = environment["PGHOST"] ?? ""
            var query: [String] = []
            if host.hasPrefix("/") {
                query.append("host=" + enc(host))
                host = ""
            }
            let port = environment["PGPORT"].map { ":" + $0 } ?? ""
            let db = environment["PGDATABASE"].map(enc) ?? ""
            if let mode = environment["PGSSLMODE"] { query.append("sslmode=" + enc(mode)) }
            let q = query.isEmpty ? "" : "?" + query.joined(separator: "&")
            return "postgresql://\(user)\(host)\(port)/\(db)\(q)"
        }
    }
}
