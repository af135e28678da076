import AnsimMap
import AnsimServer
import AnsimServerTestSupport
import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging

/// The shared server fixture (``ServerTestFixture``) carrying the map module, on a
/// scratch database holding ``MapSeed``'s features, with an analyst (`ana`), an admin
/// (`adm`), a dispatcher (`disp`) and a hotline worker (`wk`).
final class MapFixture: ServerTestFixture, @unchecked Sendable {
    /// The analytics and patrol runs ``MapSeed`` wrote.
    private(set) var runs: (oldHot: Int64, hot: Int64, forecast: Int64, patrol: Int64) = (0, 0, 0, 0)

    init(_ prefix: String) throws {
        try super.init(prefix) { _ in [MapModule()] }
        runs = try MapSeed.write(on: admin)
        for (user, role, org) in [
            ("ana", AppRole.analyst, "police-a"), ("adm", .admin, "police-a"), ("wk", .hotlineWorker, "city-a"),
            ("disp", .dispatcher, "police-a"),
        ] {
            try account(user, role, org)
        }
    }
}
