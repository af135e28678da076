import CGDAL
import Foundation

/// A layer's coordinate reference system and, when it can be identified, its EPSG code.
///
/// Identification, in order (matching is GDAL/PROJ's; Ansim only compares ellipsoids):
/// 1. an authority code the file declares, or `OSRAutoIdentifyEPSG`;
/// 2. `OSRFindMatches`, keeping the best match of confidence ≥ 70 (equivalent
///    definition, possibly another name — e.g. ESRI's "NAD_1983_HARN_StatePlane_Oregon_
///    North_FIPS_3601_Feet_Intl" → 2913);
/// 3. for a projected CRS whose datum GDAL cannot pair with any EPSG CRS, the same
///    projection on a Korean national datum with the *same ellipsoid* (Korea 2000,
///    Korean 1985, WGS 84), matched again with `OSRFindMatches`. The 도로명주소 maps
///    ship ESRI .prj files that call UTM-K's datum "D_ITRF_2000": Korea 2000 is realised
///    on ITRF2000, so that file is EPSG:5179, which step 3 finds.
public struct VectorCRS: Sendable, Equatable {
    /// How ``epsg`` was found.
    public enum Identification: Sendable, Equatable {
        /// Declared by the file or found by `OSRAutoIdentifyEPSG`.
        case declared
        /// Found by `OSRFindMatches` with this confidence (70–100).
        case matched(confidence: Int)
        /// Same projection and ellipsoid as ``epsg``, on a differently named datum;
        /// `geographicEPSG` is the datum's geographic CRS that was substituted.
        case sameProjectionOnDatum(geographicEPSG: Int)
        /// Not identified; ``epsg`` is nil.
        case unidentified
    }

    /// The EPSG code, when identified.
    public let epsg: Int?
    /// How the code was found.
    public let identification: Identification
    /// The CRS's name as the file gives it.
    public let name: String
    /// The CRS as WKT (GDAL's WKT1 export).
    public let wkt: String

    /// Geographic CRSs whose datum may stand in for an unpaired one (see step 3).
    static let substituteDatums: [Int32] = [4737, 4162, 4326]

    /// Describes and identifies an SRS owned by a layer (which is not modified).
    init(_ layerSRS: OGRSpatialReferenceH) {
        let srs = OSRClone(layerSRS)!
        defer { OSRDestroySpatialReference(srs) }
        name = OSRGetName(srs).map { String(cString: $0) } ?? ""
        var text: UnsafeMutablePointer<CChar>?
        OSRExportToWkt(srs, &text)
        wkt = text.map { String(cString: $0) } ?? ""
        VSIFree(text)
        if OSRAutoIdentifyEPSG(srs) == OGRERR_NONE, let code = Self.epsgCode(srs, node: nil) {
            (epsg, identification) = (code, .declared)
        } else if let (code, confidence) = Self.bestMatch(srs, minimum: 70, geographic: nil) {
            (epsg, identification) = (code, .matched(confidence: confidence))
        } else if let (code, datum) = Self.matchOnSubstituteDatum(srs) {
            (epsg, identification) = (code, .sameProjectionOnDatum(geographicEPSG: Int(datum)))
        } else {
            (epsg, identification) = (nil, .unidentified)
        }
    }

    /// The EPSG code of `node` (nil: the root), if its authority is EPSG.
    private static func epsgCode(_ srs: OGRSpatialReferenceH, node: String?) -> Int? {
        guard let authority = OSRGetAuthorityName(srs, node), String(cString: authority) == "EPSG",
            let code = OSRGetAuthorityCode(srs, node)
        else { return nil }
        return Int(String(cString: code))
    }

    /// The best EPSG match of at least `minimum` confidence (whose geographic CRS is
    /// `geographic`, when given).
    private static func bestMatch(
        _ srs: OGRSpatialReferenceH, minimum: Int32, geographic: Int32?
    ) -> (Int, Int)? {
        var count: Int32 = 0
        var confidences: UnsafeMutablePointer<Int32>?
        guard let matches = OSRFindMatches(srs, nil, &count, &confidences) else { return nil }
        defer {
            OSRFreeSRSArray(matches)
            VSIFree(confidences)
        }
        for i in 0..<Int(count) {
            guard let match = matches[i], let confidence = confidences?[i], confidence >= minimum,
                let code = epsgCode(match, node: nil)
            else { continue }
            if let geographic, epsgCode(match, node: "GEOGCS") != Int(geographic) { continue }
            return (code, Int(confidence))
        }
        return nil
    }

    /// Step 3: the projection re-based on a substitute datum with the same ellipsoid.
    private static func matchOnSubstituteDatum(_ srs: OGRSpatialReferenceH) -> (Int, Int32)? {
        guard OSRIsProjected(srs) != 0 else { return nil }
        for datum in substituteDatums {
            let geographic = OSRNewSpatialReference(nil)!
            defer { OSRDestroySpatialReference(geographic) }
            guard OSRImportFromEPSG(geographic, datum) == OGRERR_NONE, sameEllipsoid(srs, geographic),
                let rebased = OSRClone(srs)
            else { continue }
            defer { OSRDestroySpatialReference(rebased) }
            guard OSRCopyGeogCSFrom(rebased, geographic) == OGRERR_NONE,
                let (code, _) = bestMatch(rebased, minimum: 50, geographic: datum)
            else { continue }
            return (code, datum)
        }
        return nil
    }

    private static func sameEllipsoid(_ a: OGRSpatialReferenceH, _ b: OGRSpatialReferenceH) -> Bool {
        var error = OGRERR_NONE
        let axes = (OSRGetSemiMajor(a, &error), OSRGetSemiMajor(b, &error))
        let flattening = (OSRGetInvFlattening(a, &error), OSRGetInvFlattening(b, &error))
        return error == OGRERR_NONE && abs(axes.0 - axes.1) < 1e-3
            && abs(flattening.0 - flattening.1) < 1e-8
    }
}
