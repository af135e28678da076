import CSpawn
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs helper programs (initdb, pg_ctl, psql, cs2cs) and captures what they print.
///
/// Built on `posix_spawn` and `waitpid` directly. Output goes to unlinked temporary
/// files rather than pipes, so a program that leaves a daemon behind (`pg_ctl start`)
/// cannot keep a pipe open and hang the caller, and no output size can deadlock.
public enum Subprocess {
    /// What a finished program left behind.
    public struct Result: Sendable {
        /// The exit status (or 128 + signal number when killed by a signal).
        public var status: Int32
        /// Standard output.
        public var output: String
        /// Standard error.
        public var error: String

        /// The first line that reports an error ("error:", "FATAL:"), else ``lastLine``.
        public var errorLine: String {
            let lines = (error + "\n" + output).split(whereSeparator: \.isNewline)
            let marked = lines.first {
                $0.contains("error:") || $0.contains("FATAL:") || $0.contains("ERROR:")
            }
            return marked.map { $0.trimmingCharacters(in: .whitespaces) } ?? lastLine
        }

        /// The last non-empty line of standard error, else of standard output.
        public var lastLine: String {
            let source = error.contains(where: { !$0.isWhitespace }) ? error : output
            return String(source.split(whereSeparator: \.isNewline).last ?? "")
                .trimmingCharacters(in: .whitespaces)
        }
    }

    /// Runs `executable` with `arguments` and waits for it to finish.
    ///
    /// - Parameters:
    ///   - input: bytes for the program's standard input (else /dev/null).
    ///   - environment: variables merged over the current environment (or, when
    ///     `inheritEnvironment` is false, the whole environment).
    ///   - directory: working directory (default `/`, so that a server started
    ///     as another account never inherits a folder it cannot enter).
    public static func run(
        _ executable: String, _ arguments: [String], input: Data? = nil,
        environment: [String: String] = [:], inheritEnvironment: Bool = true, directory: String = "/"
    ) throws -> Result {
        try Spawned(
            executable, arguments, input: input, environment: environment,
            inheritEnvironment: inheritEnvironment, directory: directory
        ).wait()
    }

    /// A program started in the background; ``wait()`` collects its result.
    public final class Spawned {
        /// The process id.
        public let pid: pid_t
        let executable: String
        private let files: [TemporaryFile]

        /// Starts `executable`; see ``Subprocess/run(_:_:input:environment:directory:)``.
        public init(
            _ executable: String, _ arguments: [String], input: Data? = nil,
            environment: [String: String] = [:], inheritEnvironment: Bool = true,
            directory: String = "/"
        ) throws {
            let stdinFile = try TemporaryFile(contents: input)
            let stdoutFile = try TemporaryFile(contents: nil)
            let stderrFile = try TemporaryFile(contents: nil)
            files = [stdinFile, stdoutFile, stderrFile]
            self.executable = executable
            var env = inheritEnvironment ? ProcessInfo.processInfo.environment : [:]
            for (k, v) in environment { env[k] = v }
            let argv = ([executable] + arguments).map { strdup($0) } + [nil]
            let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer {
                argv.forEach { free($0) }
                envp.forEach { free($0) }
            }
            var pid: pid_t = 0
            let spawned = ansim_spawn(
                &pid, executable, argv, envp, input != nil ? stdinFile.fd : -1, stdoutFile.fd,
                stderrFile.fd, directory)
            guard spawned == 0 else {
                files.forEach { $0.close() }
                throw AnsimError("cannot run \(executable): \(String(cString: strerror(spawned)))")
            }
            self.pid = pid
        }

        /// Waits for the program to finish and returns what it printed.
        public func wait() -> Result {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            let exited = status & 0x7f == 0
            let code = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            defer { files.forEach { $0.close() } }
            return Result(status: code, output: files[1].readAll(), error: files[2].readAll())
        }
    }

    /// Finds a program on `PATH` (or returns nil).
    public static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// An anonymous temporary file (unlinked at once), for a child's standard streams.
private struct TemporaryFile {
    let fd: Int32

    init(contents: Data?) throws {
        var template = Array((NSTemporaryDirectory() + "/ansim-XXXXXX").utf8CString)
        fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw AnsimError("cannot create a temporary file: \(String(cString: strerror(errno)))")
        }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        if let contents, !contents.isEmpty {
            contents.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n <= 0 { break }
                    offset += n
                }
            }
            lseek(fd, 0, SEEK_SET)
        }
    }

    func readAll() -> String {
        lseek(fd, 0, SEEK_SET)
        var data = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            data.append(contentsOf: chunk[0..<n])
        }
        return String(decoding: data, as: UTF8.self)
    }

    func close() { _ = Glibc.close(fd) }
}
