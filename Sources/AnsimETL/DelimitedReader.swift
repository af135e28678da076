import AnsimSupport
import Foundation

/// Streams the records of a CSV/TSV file: RFC 4180 quoting (delimiters, quotes and
/// line breaks inside quoted fields), any mix of `\n`, `\r\n` and `\r` line endings,
/// UTF-8 with or without BOM, or CP949 converted on the fly. Memory stays bounded by
/// the chunk size and the longest record.
///
/// A record with bytes that are not text in the file's encoding, a NUL byte, or an
/// unterminated quote is still returned, with ``DelimitedRecord/problem`` set, so the
/// loader can quarantine it with the reason instead of losing it.
public final class DelimitedReader: Sequence, IteratorProtocol {
    /// The file being read.
    public let path: String
    /// The encoding used (given, or detected from the first 64 KiB).
    public let encoding: TextEncoding
    /// The field delimiter (given, or detected from the first line).
    public let delimiter: UInt8
    private let handle: FileHandle
    private let transcoder: CP949Transcoder?
    var buffer: [UInt8] = []
    var position = 0
    private var atEOF = false
    /// Bytes read from the file so far (for progress display).
    public private(set) var bytesConsumed = 0
    var line = 1
    private static let chunk = 1 << 20

    /// Opens `path`. Throws when it cannot be read or holds binary data.
    public init(path: String, encoding: TextEncoding? = nil, delimiter: UInt8? = nil) throws {
        self.path = path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw AnsimError("cannot read \(path): \(String(cString: strerror(errno)))")
        }
        self.handle = handle
        let sample = try handle.read(upToCount: 1 << 16) ?? Data()
        try handle.seek(toOffset: 0)
        if sample.prefix(4096).contains(0) {
            throw AnsimError("\(path) looks like a binary file (NUL bytes), not delimited text")
        }
        let encoding = encoding ?? TextEncoding.detect(sample)
        self.encoding = encoding
        transcoder = encoding == .cp949 ? try CP949Transcoder() : nil
        self.delimiter = delimiter ?? DelimitedReader.guessDelimiter(sample)
        try refill()
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    deinit { try? handle.close() }

    /// Picks the delimiter that occurs most in the first line: comma, tab, semicolon or '|'.
    static func guessDelimiter(_ sample: Data) -> UInt8 {
        let firstLine = sample.prefix { $0 != 10 && $0 != 13 }
        var best: (UInt8, Int) = (44, 0)
        for candidate: UInt8 in [44, 9, 59, 124] {
            var count = 0
            var quoted = false
            for b in firstLine {
                if b == 34 { quoted.toggle() } else if b == candidate && !quoted { count += 1 }
            }
            if count > best.1 { best = (candidate, count) }
        }
        return best.0
    }

    private func refill() throws {
        guard !atEOF else { return }
        let data = try handle.read(upToCount: DelimitedReader.chunk) ?? Data()
        bytesConsumed += data.count
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        if data.isEmpty {
            atEOF = true
            if let transcoder { buffer += transcoder.convert([], final: true) }
            return
        }
        if let transcoder {
            buffer += transcoder.convert(ArraySlice(data), final: false)
        } else {
            buffer += data
        }
    }

    /// The next record, or nil at the end of the file. Read errors end the sequence
    /// with a record whose problem names the error.
    public func next() -> DelimitedRecord? {
        do {
            return try nextRecord()
        } catch {
            atEOF = true
            position = buffer.count
            return DelimitedRecord(line: line, fields: [], raw: "", problem: "read error: \(error)")
        }
    }

    /// The next record, or nil at the end of the file.
    public func nextRecord() throws -> DelimitedRecord? {
        while true {
            if position >= buffer.count {
                if atEOF { return nil }
                try refill()
                continue
            }
            if let record = parseRecord(final: atEOF) { return record }
            try refill()
        }
    }
}
