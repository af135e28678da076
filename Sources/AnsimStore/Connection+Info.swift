import CLibPQ

extension Connection {
    /// libpq's version, e.g. "15.18".
    public static var libpqVersion: String {
        let v = Int(PQlibVersion())
        return "\(v / 10000).\(v % 10000)"
    }

    /// The server's and extensions' versions, nil where an extension is not installed.
    public func serverInfo() throws -> ServerInfo {
        let row = try query(
            """
            SELECT split_part(current_setting('server_version'), ' ', 1) AS postgresql,
                   (SELECT extversion FROM pg_extension WHERE extname = 'postgis') AS postgis,
                   (SELECT extversion FROM pg_extension WHERE extname = 'pgrouting') AS pgrouting,
                   (SELECT extversion FROM pg_extension WHERE extname = 'pgcrypto') AS pgcrypto,
                   current_database() AS database,
                   current_user AS "user",
                   CASE WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
                        THEN current_setting('data_directory') END AS data_directory
            """, purpose: "read server versions")[0]
        var info = try row.decode(ServerInfo.self)
        if info.postgis != nil {
            let geo = try query(
                "SELECT postgis_lib_version(), postgis_geos_version(), postgis_proj_version()",
                purpose: "read PostGIS library versions")[0]
            info.postgisGEOS = geo[1]
            info.postgisPROJ = geo[2]
        }
        return info
    }

    /// What ``serverInfo()`` reports.
    public struct ServerInfo: Sendable, Codable, Equatable {
        public var postgresql: String
        public var postgis: String?
        public var pgrouting: String?
        public var pgcrypto: String?
        public var database: String
        public var user: String
        public var dataDirectory: String?
        public var postgisGEOS: String?
        public var postgisPROJ: String?

        enum CodingKeys: String, CodingKey {
            case postgresql, postgis, pgrouting, pgcrypto, database, user
            case dataDirectory = "data_directory"
            case postgisGEOS = "postgis_geos"
            case postgisPROJ = "postgis_proj"
        }
    }
}
