import AnsimSupport
import AnsimTestSupport
import Foundation

/// Takes screenshots with Debian's `chromium` in headless mode (`--no-sandbox`, which
/// Chromium needs as root in CI), with a profile of its own per shot.
struct HeadlessChromium: Sendable {
    /// The program.
    let path: String

    /// Chromium on PATH (`chromium`, else `chromium-browser`), or nil.
    static func find() -> HeadlessChromium? {
        (Subprocess.which("chromium") ?? Subprocess.which("chromium-browser")).map {
            HeadlessChromium(path: $0)
        }
    }

    /// Loads `url` in a `width` × `height` window, lets the page's virtual time run until
    /// its requests are answered, and writes a PNG to `file`. Runs off the cooperative
    /// pool, since the server answering the page lives in this process.
    ///
    /// Headless Chromium now and then never exits on a loaded machine (seen once on two
    /// busy cores: no request to the server, no CPU, for 30 minutes), so each attempt runs
    /// under `timeout` (SIGTERM after 180 s, SIGKILL 10 s later) and a hung attempt is
    /// tried again, up to three attempts.
    func screenshot(_ url: String, to file: String, width: Int, height: Int) async throws {
        var last = ""
        for attempt in 1...3 {
            let profile = try TestEnvironment.temporaryFolder("map-chromium")
            let arguments = [
                "--kill-after=10", "180", path,
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--disable-dev-shm-usage", "--force-device-scale-factor=1", "--user-data-dir=" + profile,
                "--virtual-time-budget=30000", "--window-size=\(width),\(height)", "--screenshot=" + file,
                url,
            ]
            let result = try await OwnThread.run {
                try Subprocess.run("/usr/bin/timeout", arguments, environment: ["HOME": profile])
            }
            try? FileManager.default.removeItem(atPath: profile)
            if result.status == 0, FileManager.default.fileExists(atPath: file) { return }
            last = "attempt \(attempt): chromium failed (\(result.status)): \(result.error.suffix(800))"
            // 124 and 137: the attempt hung and was stopped; anything else is a real failure.
            guard result.status == 124 || result.status == 137 else { break }
        }
        throw AnsimError(last)
    }
}
