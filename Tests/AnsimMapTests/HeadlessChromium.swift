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
        (Subprocess.which("chromium") ?? Subprocess.which("chromium-browser")).map { HeadlessChromium(path: $0) }
    }

    /// Loads `url` in a `width` × `height` window, lets the page's virtual time run until
    /// its requests are answered, and writes a PNG to `file`. Runs off the cooperative
    /// pool, since the server answering the page lives in this process.
    func screenshot(_ url: String, to file: String, width: Int, height: Int) async throws {
        let profile = try TestEnvironment.temporaryFolder("map-chromium")
        let arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--disable-dev-shm-usage", "--force-device-scale-factor=1", "--user-data-dir=" + profile,
            "--virtual-time-budget=30000", "--window-size=\(width),\(height)", "--screenshot=" + file, url,
        ]
        let path = self.path
        let result = try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try Subprocess.run(path, arguments, environment: ["HOME": profile]) })
            }
        }
        try? FileManager.default.removeItem(atPath: profile)
        guard result.status == 0, FileManager.default.fileExists(atPath: file) else {
            throw AnsimError("chromium failed (\(result.status)): \(result.error.suffix(800))")
        }
    }
}
