import CGDAL

/// What a layer holds, read once when the source opens (a plain value, `Sendable`).
public struct VectorLayer: Sendable, Equatable {
    /// The position in ``VectorSource/layers`` (0-based).
    public let index: Int
    /// The layer's name: the shapefile's base name, a GeoPackage table, an OSM layer
    /// ("points", "lines", "multilinestrings", "multipolygons", "other_relations").
    public let name: String
    /// The feature count when GDAL knows it without reading every feature (shapefiles,
    /// GeoPackages, GeoJSON), else nil (OSM). ``VectorSource/countFeatures(in:)`` counts.
    public let featureCount: Int?
    /// The attribute columns.
    public let fields: [VectorField]
    /// The declared geometry type.
    public let geometryType: VectorGeometryType
    /// The coordinate reference system, or nil when the layer has none (a shapefile
    /// without a .prj).
    public let crs: VectorCRS?
    /// The encoding attribute text was decoded from.
    public let encoding: AttributeEncoding
    /// The GDAL driver ("ESRI Shapefile", "GeoJSON", "GPKG", "OSM", …).
    public let driver: String

    /// The EPSG code of ``crs``, when identified.
    public var epsg: Int? { crs?.epsg }

    /// The position of the field named `name` (exact match), or nil.
    public func fieldIndex(_ name: String) -> Int? {
        fields.firstIndex { $0.name == name }
    }

    /// Reads a layer's description from GDAL.
    init(_ layer: OGRLayerH, index: Int, encoding: AttributeEncoding, driver: String) {
        self.index = index
        self.encoding = encoding
        self.driver = driver
        name = String(cString: OGR_L_GetName(layer))
        let count = OGR_L_GetFeatureCount(layer, 0)
        featureCount = count >= 0 ? Int(count) : nil
        fields = VectorField.fields(of: OGR_L_GetLayerDefn(layer))
        geometryType = VectorGeometryType(OGR_L_GetGeomType(layer))
        crs = OGR_L_GetSpatialRef(layer).map { VectorCRS($0) }
    }
}
