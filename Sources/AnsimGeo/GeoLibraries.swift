import CGEOS
import CPROJ

/// Versions of the C libraries the geometry layer runs on.
public enum GeoLibraries {
    /// GEOS's version, e.g. "3.11.1-CAPI-1.17.1".
    public static var geosVersion: String { String(cString: GEOSversion()) }

    /// PROJ's version, e.g. "9.1.1".
    public static var projVersion: String { String(cString: proj_info().version) }
}
