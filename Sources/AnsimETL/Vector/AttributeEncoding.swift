import CGDAL

/// The encoding a layer's attribute text was decoded from (GDAL always hands back UTF-8).
///
/// Only shapefile DBFs need a choice; other formats (GeoJSON, GeoPackage, OSM) are
/// UTF-8 by definition. For a DBF, in order: the caller's encoding; the `.cpg`
/// sidecar; the DBF header's language driver id (LDID) when it names a code page.
/// Failing those — no `.cpg`, and an LDID of 0 or the generic "ANSI" 87 that Korean
/// Windows tools write for CP949 — the raw bytes decide: valid UTF-8 throughout means
/// UTF-8, anything else CP949 (DESIGN.md §4: the only other encoding Korean data use).
public enum AttributeEncoding: Sendable, Equatable, CustomStringConvertible {
    /// Not a shapefile: the format fixes the encoding (UTF-8).
    case notApplicable
    /// The caller's encoding, passed to GDAL as `ENCODING=<name>`.
    case requested(String)
    /// Named by the `.cpg` sidecar.
    case cpg(String)
    /// Named by the DBF header's language driver id.
    case languageDriver(String)
    /// Detected from the raw bytes: "UTF-8" or "CP949".
    case detected(String)

    /// The encoding's name, or nil for ``notApplicable``.
    public var name: String? {
        switch self {
        case .notApplicable: nil
        case .requested(let name), .cpg(let name), .languageDriver(let name), .detected(let name): name
        }
    }

    /// E.g. "CP949 (detected)", "UTF-8 (.cpg)".
    public var description: String {
        switch self {
        case .notApplicable: "UTF-8 (format)"
        case .requested(let name): "\(name) (requested)"
        case .cpg(let name): "\(name) (.cpg)"
        case .languageDriver(let name): "\(name) (DBF language driver id)"
        case .detected(let name): "\(name) (detected)"
        }
    }

    /// What a shapefile layer opened with GDAL's defaults declares: ``cpg(_:)`` or
    /// ``languageDriver(_:)``, or nil when its encoding must be detected. `recoded` is
    /// true when GDAL is recoding from some encoding (so a raw re-open is needed).
    static func declared(by layer: OGRLayerH) -> (declared: AttributeEncoding?, recoded: Bool) {
        func item(_ key: String) -> String {
            GDALGetMetadataItem(layer, key, "SHAPEFILE").map { String(cString: $0) } ?? ""
        }
        let source = item("SOURCE_ENCODING")
        let cpg = item("ENCODING_FROM_CPG")
        if !cpg.isEmpty { return (.cpg(cpg), true) }
        let ldid = Int(item("LDID_VALUE")) ?? 0
        let fromLDID = item("ENCODING_FROM_LDID")
        if ldid != 0, ldid != 87, !fromLDID.isEmpty { return (.languageDriver(fromLDID), true) }
        return (nil, !source.isEmpty)
    }

    /// True when every field name and every string attribute of `layer` is valid UTF-8
    /// as GDAL returns it (read without recoding). Reads the whole layer, attributes
    /// only, stopping at the first invalid value; leaves the reading cursor reset.
    static func isAllUTF8(_ layer: OGRLayerH) -> Bool {
        let definition = OGR_L_GetLayerDefn(layer)
        let count = OGR_FD_GetFieldCount(definition)
        var stringFields: [Int32] = []
        for i in 0..<count {
            guard let field = OGR_FD_GetFieldDefn(definition, i) else { continue }
            if String(validatingCString: OGR_Fld_GetNameRef(field)) == nil { return false }
            if OGR_Fld_GetType(field) == OFTString { stringFields.append(i) }
        }
        guard !stringFields.isEmpty else { return true }
        GDAL.withCStringList(["OGR_GEOMETRY"]) { _ = OGR_L_SetIgnoredFields(layer, $0) }
        defer {
            _ = OGR_L_SetIgnoredFields(layer, nil)
            OGR_L_ResetReading(layer)
        }
        OGR_L_ResetReading(layer)
        while let feature = OGR_L_GetNextFeature(layer) {
            defer { OGR_F_Destroy(feature) }
            for i in stringFields where OGR_F_IsFieldSetAndNotNull(feature, i) != 0 {
                if String(validatingCString: OGR_F_GetFieldAsString(feature, i)) == nil { return false }
            }
        }
        return true
    }
}
