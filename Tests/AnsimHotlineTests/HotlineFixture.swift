import AnsimHotline
import AnsimServerTestSupport
import AnsimServer
import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization

/// The shared server fixture (``ServerTestFixture``) carrying the hotline module, whose
/// geofence monitor writes its alerts to a file.
final class HotlineFixture: ServerTestFixture, @unchecked Sendable {
    /// The monitor the hotline module runs.
    private(set) var monitor: GeofenceMonitor!
    /// Where the file notifier appends alerts (JSON lines).
    let alertFile: String

    init(_ prefix: String, logHandler: (@Sendable (String) -> any LogHandler)? = nil) throws {
        let alertFile = try TestEnvironment.temporaryFolder("hotline-alerts") + "/alerts.jsonl"
        self.alertFile = alertFile
        let made = Mutex<GeofenceMonitor?>(nil)
        try super.init(prefix, logger: logHandler.map { Logger(label: "ansim.test", factory: $0) }) { context in
            let monitor = GeofenceMonitor(
                database: context.database, notifier: FileNotifier(path: alertFile), clock: context.clock,
                metrics: context.metrics)
            made.withLock { $0 = monitor }
            return [HotlineModule(monitor: monitor)]
        }
        monitor = made.withLock { $0 }
    }
}

extension HotlineFixture {
    /// Opens a case directly (as the database owner), for tests that need one to act on.
    func openCase(
        city: String = "city-a", police: String? = "police-a", tag: String? = nil, name: String = "홍길순"
    )
        throws -> Int64
    {
        var r = HotlineRequest.OpenCase(
            cityOrgID: orgs[city]!, policeOrgID: police.map { orgs[$0]! }, victimName: name)
        r.offenderTag = tag
        r.victimContact = "010-0000-0000"
        r.synthetic = true
        let store = HotlineStore(cipher: cipher)
        return try admin.transaction(purpose: "open a test case") { try store.openCase(r, on: $0) }
    }
}
