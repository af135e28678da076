import AnsimHotline
import AnsimServer
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim hotline recurrence scan`.
struct HotlineRecurrenceScan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Flag new 112 calls near protected places, new orders and alerts after closure.")
    @Option(help: "Distance from a protected place, metres.") var radius = 200.0
    func run() throws {
        let c = try Database.connect()
        print("\(try HotlineReports.scan(radiusM: radius, on: c)) new recurrence flags")
    }
}
