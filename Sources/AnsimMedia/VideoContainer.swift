/// Recognises video files by their first bytes (never by their name), so that a
/// candidate is sent to the video path only when it looks like a container ffmpeg reads.
public enum VideoContainer {
    /// The container's name, or nil when the bytes do not start like a known video file.
    ///
    /// ISO BMFF (MP4, MOV, 3GP, M4V: `ftyp` at offset 4, or an early QuickTime `moov`,
    /// `mdat`, `wide`, `free` atom), Matroska/WebM (EBML `1A 45 DF A3`), AVI (`RIFF…AVI `),
    /// FLV, ASF/WMV, MPEG program stream (`00 00 01 BA`) and MPEG transport stream
    /// (sync byte `0x47` at 0 and 188).
    public static func name(of data: some Collection<UInt8>) -> String? {
        let head = Array(data.prefix(376))
        func bytes(_ at: Int, _ text: String) -> Bool {
            let want = Array(text.utf8)
            return head.count >= at + want.count && Array(head[at..<(at + want.count)]) == want
        }
        if bytes(4, "ftyp") { return "mp4" }
        if ["moov", "mdat", "wide", "free"].contains(where: { bytes(4, $0) }) { return "mov" }
        if head.starts(with: [0x1A, 0x45, 0xDF, 0xA3]) { return "matroska" }
        if bytes(0, "RIFF") && bytes(8, "AVI ") { return "avi" }
        if bytes(0, "FLV") { return "flv" }
        if head.starts(with: [0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11]) { return "asf" }
        if head.starts(with: [0x00, 0x00, 0x01, 0xBA]) { return "mpeg-ps" }
        if head.count >= 189, head[0] == 0x47, head[188] == 0x47 { return "mpeg-ts" }
        return nil
    }
}
