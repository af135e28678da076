import AnsimSupport
import CGDAL
import Foundation

/// A local path resolved into the names GDAL opens: a plain file as is, a `.zip` as
/// `/vsizip/…/x.shp` for each shapefile inside, a `.gz` through `/vsigzip/`, and a
/// `.bz2` (which GDAL cannot read) decompressed into a private temporary folder that
/// ``removeTemporaryFiles()`` deletes.
///
/// Shapefiles are checked for their .shx and .dbf here, because GDAL would open a
/// .shp without a .dbf as features without attributes — a silent loss for ETL.
final class VectorInput {
    /// The path as the caller gave it (used in error messages).
    let path: String
    /// What to hand to `GDALOpenEx`, one dataset each.
    private(set) var gdalNames: [String] = []
    /// The folder holding decompressed copies, if any.
    private var temporaryFolder: String?

    init(path: String) throws {
        self.path = path
        if path.contains("://") || path.hasPrefix("/vsi") {
            throw VectorError(
                .notFound, path: path, "only local files can be read (no URLs or GDAL VSI paths)")
        }
        do {
            gdalNames = try resolve(URL(fileURLWithPath: path).standardizedFileURL.path, shown: path)
        } catch {
            removeTemporaryFiles()
            throw error
        }
    }

    deinit { removeTemporaryFiles() }

    /// Deletes decompressed copies; call after every dataset opened from them is closed.
    func removeTemporaryFiles() {
        guard let folder = temporaryFolder else { return }
        try? FileManager.default.removeItem(atPath: folder)
        temporaryFolder = nil
    }

    private func resolve(_ absolute: String, shown: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
            throw VectorError(.notFound, path: shown, "no such file")
        }
        if isDirectory.boolValue { return try shapefilesInFolder(absolute) }
        let size = (try? FileManager.default.attributesOfItem(atPath: absolute)[.size] as? Int) ?? 0
        guard size > 0 else { throw VectorError(.empty, path: shown, "the file is empty") }
        let lower = absolute.lowercased()
        if lower.hasSuffix(".zip") { return try shapefilesInZip(absolute) }
        if lower.hasSuffix(".bz2") { return try resolve(decompressBzip2(absolute), shown: shown) }
        if lower.hasSuffix(".gz") { return ["/vsigzip/" + absolute] }
        if lower.hasSuffix(".shp") {
            let folder = (absolute as NSString).deletingLastPathComponent
            let siblings = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            try checkShapefileParts(absolute, among: siblings.map { folder + "/" + $0 })
        }
        return [absolute]
    }

    /// Every shapefile directly in `folder`, each checked for its parts; or the folder
    /// itself when it holds none (e.g. an Esri file geodatabase).
    private func shapefilesInFolder(_ folder: String) throws -> [String] {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).map {
            folder + "/" + $0
        }
        let shapefiles = files.filter { $0.lowercased().hasSuffix(".shp") }.sorted()
        for shp in shapefiles { try checkShapefileParts(shp, among: files) }
        return shapefiles.isEmpty ? [folder] : shapefiles
    }

    /// `/vsizip/` names of every shapefile in the archive, each checked for its parts.
    private func shapefilesInZip(_ absolute: String) throws -> [String] {
        let root = "/vsizip/" + absolute
        GDAL.resetError()
        let list = VSIReadDirRecursive(root)
        defer { CSLDestroy(list) }
        let entries = GDAL.strings(list).filter { !$0.hasPrefix("__MACOSX/") }.map { root + "/" + $0 }
        if list == nil {
            let reason = GDAL.lastError().map { " (\($0))" } ?? ""
            throw VectorError(.unreadable, path: path, "not a readable zip archive\(reason)")
        }
        let shapefiles = entries.filter { $0.lowercased().hasSuffix(".shp") }.sorted()
        guard !shapefiles.isEmpty else {
            let names = entries.prefix(5).map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
            throw VectorError(
                .incomplete, path: path, "the zip archive contains no shapefile (it holds: \(names))")
        }
        for shp in shapefiles { try checkShapefileParts(shp, among: entries) }
        return shapefiles
    }

    /// Throws when the .shx or .dbf beside `shp` (any letter case) is missing.
    private func checkShapefileParts(_ shp: String, among files: [String]) throws {
        let stem = String(shp.dropLast(4)).lowercased()
        let present = Set(files.map { $0.lowercased() })
        let missing = ["shx", "dbf"].filter { !present.contains(stem + "." + $0) }.map { "." + $0 }
        guard !missing.isEmpty else { return }
        let inside =
            shp.hasPrefix("/vsizip/") ? " for \((shp as NSString).lastPathComponent) in the archive" : ""
        let verb = missing.count == 1 ? "is" : "are"
        throw VectorError(
            .incomplete, path: path,
            "the \(missing.joined(separator: " and ")) \(verb) missing\(inside) "
                + "(a shapefile needs .shp, .shx and .dbf)")
    }

    /// Decompresses a `.bz2` with the system's bzip2 into the temporary folder.
    private func decompressBzip2(_ absolute: String) throws -> String {
        let folder = try makeTemporaryFolder()
        let name = (absolute as NSString).lastPathComponent
        let copy = folder + "/" + name
        do {
            try FileManager.default.copyItem(atPath: absolute, toPath: copy)
        } catch {
            throw VectorError(.decompression, path: path, "cannot copy it for decompression: \(error)")
        }
        let bzip2 = Subprocess.which("bzip2") ?? "/usr/bin/bzip2"
        let result = try Subprocess.run(bzip2, ["-d", "-q", copy])
        guard result.status == 0 else {
            throw VectorError(.decompression, path: path, "bzip2 failed: \(result.lastLine)")
        }
        return String(copy.dropLast(4))
    }

    private func makeTemporaryFolder() throws -> String {
        if let temporaryFolder { return temporaryFolder }
        var template = Array((NSTemporaryDirectory() + "/ansim-vector-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw VectorError(.decompression, path: path, "cannot create a temporary folder")
        }
        temporaryFolder = String(cString: made)
        return temporaryFolder!
    }
}
