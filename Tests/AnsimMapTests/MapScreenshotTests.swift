import AnsimMap
import AnsimServer
import AnsimTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The page in headless Chromium against a live server: the seeded features are drawn
/// in their colours where they lie, and layers switched off or filtered out are not.
@Suite struct MapScreenshotTests {
    static let (width, height) = (800, 600)
    static let colours = (
        hot: "#b2182b", cold: "#2166ac", risk: "#762a83", incident: "#e6550d", cctv: "#00897b",
        patrol: "#ff8f00", box: "#1f3a93"
    )

    /// The screen rectangle of a world rectangle (EPSG:5179) under `#view=MapSeed.view`,
    /// shrunk by `inset` pixels against anti-aliased edges (the page's fit: centred, scaled to fit).
    static func region(_ colour: String, _ r: [Double], inset: Int = 3) -> ScreenshotPixels.Region {
        let v = MapSeed.view
        let s = max((v[2] - v[0]) / Double(width), (v[3] - v[1]) / Double(height))
        let (cx, cy) = ((v[0] + v[2]) / 2, (v[1] + v[3]) / 2)
        let x = { (w: Double) in Int(((w - cx) / s + Double(width) / 2).rounded()) }
        let y = { (w: Double) in Int((Double(height) / 2 - (w - cy) / s).rounded()) }
        return .init(colour: colour, x0: x(r[0]) + inset, y0: y(r[3]) + inset, x1: x(r[2]) - inset, y1: y(r[1]) - inset)
    }

    func shoot(_ chromium: HeadlessChromium, port: Int, fragment: String, name: String) async throws -> String {
        let file = try TestEnvironment.temporaryFolder("map-shot") + "/\(name).png"
        let view = MapSeed.view.map { String(Int($0)) }.joined(separator: ",")
        try await chromium.screenshot(
            "http://localhost:\(port)/map#\(fragment)&panel=off&view=\(view)", to: file, width: Self.width,
            height: Self.height)
        return file
    }

    /// Chromium is there, or this is CI (where its absence must fail, not skip).
    static let canRun = HeadlessChromium.find() != nil || ProcessInfo.processInfo.environment["CI"] != nil

    @Test(.enabled(if: canRun, "chromium is not installed: scripts/setup.sh installs it (apt-get install chromium)"))
    func theMapDrawsTheLayersWhereTheyLieAndLeavesOutWhatIsFilteredOut() async throws {
        let chromium = try #require(HeadlessChromium.find(), "chromium is not installed (scripts/setup.sh)")
        let f = try MapFixture("map_shot")
        let c = Self.colours
        // The session is opened in process, not through the live client: on a loaded
        // machine the client's fixed 20 s read timeout is the first thing to give way, and
        // the login route has its own tests (AuthenticationTests).
        let token = try await f.context.auth.login(
            username: "ana", password: MapFixture.password, totp: nil, client: "screenshot test"
        ).token
        try await f.server.application.test(.live) { client in
            let port = try #require(client.port)
            let week = "from=2023-04-03&to=2023-04-09"
            let layers = "layers=gu,boxes,cctv,incidents,hotspots,forecast,patrol"
            let all = try await shoot(chromium, port: port, fragment: "token=\(token)&\(week)&\(layers)", name: "all")
            let shot = try ScreenshotPixels.count(
                all,
                [
                    Self.region(c.hot, MapSeed.hotBlock), Self.region(c.risk, MapSeed.riskBlock),
                    Self.region(c.incident, MapSeed.theftCell), Self.region(c.incident, MapSeed.assaultCell),
                    Self.region(c.incident, MapSeed.lateCell), Self.region(c.cctv, MapSeed.cctvArea, inset: -8),
                    Self.region(c.patrol, [959_550, 1_942_700, 959_650, 1_943_500], inset: 0),
                    Self.region(c.box, [MapSeed.box.x - 40, MapSeed.box.y - 40, MapSeed.box.x + 40, MapSeed.box.y + 40], inset: 0),
                    ScreenshotPixels.everywhere(c.cold),
                ])
            #expect(shot.width == Self.width && shot.height == Self.height)
            let n = shot.counts
            #expect(n[0] > 1000, "hot-99 cells of the latest hotspot run drawn (\(n[0]) px)")
            #expect(n[1] > 1000, "top-1 forecast cells drawn (\(n[1]) px)")
            #expect(n[2] > 50 && n[3] > 50, "both incident cells of the week drawn (\(n[2]), \(n[3]) px)")
            #expect(n[4] == 0, "the incident of 2023-05-20 is outside the period (\(n[4]) px)")
            #expect(n[5] > 20, "CCTV sites drawn (\(n[5]) px)")
            #expect(n[6] > 50, "the patrol route drawn (\(n[6]) px)")
            #expect(n[7] > 30, "the 지구대 drawn (\(n[7]) px)")
            #expect(n[8] == 0, "the older hotspot run's cold cells are not drawn (\(n[8]) px)")

            let theft = "class=%EC%A0%88%EB%8F%84&layers=gu,incidents,boxes"
            let some = try await shoot(chromium, port: port, fragment: "token=\(token)&\(week)&\(theft)", name: "theft")
            let m = try ScreenshotPixels.count(
                some,
                [
                    Self.region(c.incident, MapSeed.theftCell), Self.region(c.incident, MapSeed.assaultCell),
                    ScreenshotPixels.everywhere(c.hot), ScreenshotPixels.everywhere(c.risk),
                    ScreenshotPixels.everywhere(c.patrol), ScreenshotPixels.everywhere(c.cctv),
                    Self.region(c.box, [MapSeed.box.x - 40, MapSeed.box.y - 40, MapSeed.box.x + 40, MapSeed.box.y + 40], inset: 0),
                ])
            #expect(m.counts[0] > 50, "절도 still drawn (\(m.counts[0]) px)")
            #expect(m.counts[1] == 0, "폭력 filtered out (\(m.counts[1]) px)")
            #expect(m.counts[2] == 0 && m.counts[3] == 0, "hotspot and forecast layers switched off")
            #expect(m.counts[4] == 0 && m.counts[5] == 0, "patrol and CCTV layers switched off")
            #expect(m.counts[6] > 30, "boxes still on")

            let older = try await shoot(
                chromium, port: port, fragment: "token=\(token)&hotspots=\(f.runs.oldHot)&layers=hotspots", name: "older")
            let o = try ScreenshotPixels.count(
                older, [Self.region(c.cold, MapSeed.coldBlock), ScreenshotPixels.everywhere(c.hot)])
            #expect(o.counts[0] > 1000 && o.counts[1] == 0, "the chosen run drawn instead of the latest (\(o.counts))")

            let anonymous = try await shoot(chromium, port: port, fragment: "layers=hotspots", name: "anonymous")
            let a = try ScreenshotPixels.count(anonymous, [ScreenshotPixels.everywhere(c.hot)])
            #expect(a.counts[0] == 0, "without a token the page shows the log-in form, no data")
        }
    }
}
