import Foundation

extension Media {
    /// Whether `data` starts like a video container (see ``VideoContainer``).
    public static func isVideo(_ data: some Collection<UInt8>) -> Bool {
        VideoContainer.name(of: data) != nil
    }

    /// Whether the file at `path` starts like a video container.
    public static func isVideo(file path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return isVideo([UInt8]((try? handle.read(upToCount: 512)) ?? Data()))
    }

    /// The kept keyframe hashes of the video at `path`.
    public static func hash(videoFile path: String) throws(MediaError) -> VideoHashes {
        try VideoHashes(file: path)
    }

    /// The kept keyframe hashes of video bytes (an upload): written to a private
    /// temporary file for ffmpeg (MP4 needs a seekable input) and removed at once.
    /// Errors name the upload as `name`.
    public static func hash(videoData data: [UInt8], name: String) throws(MediaError) -> VideoHashes {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ansim-upload-\(UUID().uuidString)")
        let file = folder.appendingPathComponent("video")
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: false,
                attributes: [.posixPermissions: 0o700])
            try Data(data).write(to: file)
        } catch { throw .unreadable("cannot write a temporary file: \(error)") }
        defer { try? FileManager.default.removeItem(at: folder) }
        return try VideoHashes(file: file.path, name: name)
    }
}
