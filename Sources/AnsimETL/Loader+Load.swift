import AnsimGeo
import AnsimStore
import AnsimSupport
import Foundation

extension Loader {
    /// Loads one file. Throws ``ETLError`` for a file that cannot be read as its
    /// source at all; row-level problems are quarantined, not thrown.
    public func load(_ path: String, options: LoadOptions = LoadOptions()) throws -> LoadReport {
        let started = Date()
        guard FileManager.default.fileExists(atPath: path) else { throw ETLError("\(path): no such file") }
        let definition = try definition(for: path, options: options)
        let target = try Target.named(definition.target ?? Target.defaultTable(for: definition.kind))
        let sha = try SHA256.hex(ofFile: path)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let path = Loader.absolute(path)
        let file = URL(fileURLWithPath: path).lastPathComponent
        let agency = definition.agency ?? "seoul"
        let timezone = try connection.query(
            "SELECT timezone FROM agency WHERE code = $1", [agency], purpose: "look up the agency"
        ).first.map { try $0.decode(String.self, at: 0) }
        guard let timezone, let zone = TimeZone(identifier: timezone) else {
            throw ETLError("source \(definition.id): unknown agency \"\(agency)\"")
        }

        let stream = try openStream(path, definition: definition, options: options)
        let warnings = LoadWarnings()
        let mapper = try RecordMapper(
            definition: definition, target: target, columnNames: stream.columnNames,
            headerLines: stream.headerLines,
            file: file, timezone: zone, warnings: warnings)
        let geocoder = target.geocodeFrom.isEmpty ? nil : options.geocoder
        mapper.geocodesMissingCoordinates = geocoder != nil
        let crs = try sourceCRS(definition, stream, options, path)
        var checker: PointChecker?
        if case .point(let srid) = target.geometry {
            guard let crs else { throw ETLError("\(path): no CRS for the coordinates; pass --crs EPSG:N") }
            checker = try PointChecker(
                source: crs, region: Region.named(definition.region ?? "korea"), targetSRID: srid)
        }
        var shapeSRID: Int32?
        if case .shape = target.geometry {
            guard let crs, let epsg = crs.epsg else {
                throw ETLError(
                    "\(path): the file states no CRS and source \(definition.id) names none; pass --crs EPSG:N"
                )
            }
            shapeSRID = Int32(epsg)
        }
        let writer = StageWriter(
            target: target, mapper: mapper, points: checker, shapeSRID: shapeSRID, warnings: warnings,
            geocoder: geocoder)

        try abortStaleRuns()
        let runID = try connection.query(
            """
            INSERT INTO etl_run (source, kind, file, file_sha256, file_bytes, encoding, crs, status, ansim_version, backend_pid)
            VALUES ($1, $2, $3, $4, $5, $6, $7, 'running', $8, pg_backend_pid()) RETURNING id
            """,
            [
                definition.id, definition.kind.rawValue, path, sha, bytes, stream.encodingName,
                crs?.identifier, version,
            ],
            purpose: "record the start of a load")[0].decode(Int.self, at: 0)
        do {
            var report = try connection.transaction(purpose: "load \(file)") { conn in
                try stage(stream, writer, target, conn, options)
                return try finish(
                    target, definition, runID: runID, path: path, file: file, agency: agency, conn: conn,
                    warnings: warnings, blankLines: stream.blankLines, started: started)
            }
            report.encoding = stream.encodingName
            report.crs = crs?.identifier ?? ""
            report.fileSHA256 = sha
            return report
        } catch {
            _ = try? connection.execute(
                "UPDATE etl_run SET status = 'failed', message = $2, finished_at = now() WHERE id = $1",
                [runID, "\(error)"], purpose: "record a failed load")
            throw error
        }
    }

    /// `path` made absolute against the working folder, with "." and ".." resolved.
    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (full as NSString).standardizingPath
    }

    private func stage(
        _ stream: RecordStream, _ writer: StageWriter, _ target: Target, _ conn: Connection,
        _ options: LoadOptions
    ) throws {
        try conn.executeScript(target.stagingDDL, purpose: "create the staging table")
        var clock = Date()
        var lastReport = Date()
        try conn.copyInBinary("COPY \(Target.stage) FROM STDIN (FORMAT binary)", purpose: "stage rows") { w in
            while let record = try stream.nextRecord() {
                try writer.add(record, to: &w)
                if let progress = options.progress, writer.rowsRead % 4096 == 0,
                    Date().timeIntervalSince(lastReport) > 0.2
                {
                    progress(writer.rowsRead, stream.progress)
                    lastReport = Date()
                }
            }
            try writer.flush(to: &w)
        }
        options.progress?(writer.rowsRead, 1)
        Loader.trace("read, map, COPY to staging", since: &clock)
        // Temporary tables are never analysed by autovacuum: without statistics the
        // planner would take nested loops over the whole staging table.
        try conn.executeScript(
            "CREATE INDEX ON \(Target.stage) (key); ANALYZE \(Target.stage)",
            purpose: "index the staging table")
    }

    private func sourceCRS(_ d: SourceDefinition, _ s: RecordStream, _ o: LoadOptions, _ path: String) throws
        -> CRS?
    {
        if let forced = o.crs { return try CRS.parse(forced) }
        if let epsg = s.declaredEPSG { return CRS(epsg: epsg) }
        return try d.crs.map { try CRS.parse($0) }
    }
}
