import AnsimHotline
import AnsimServer
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim hotline recurrence report`.
struct HotlineRecurrenceReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "The monthly recurrence report: counts only, per city organisation.")
    @Option(help: "Month, YYYY-MM.") var month: String
    func run() throws {
        let rows = try HotlineReports.recurrence(month: month, on: try Database.connect())
        print("recurrence report \(month) (counts only)")
        print("  monitored  calls-near  new-orders  alerts  cases-flagged  organisation")
        for r in rows {
            let counts = String(
                format: "%11d  %10d  %10d  %6d  %13d", r.monitoredCases, r.callsNearPlaces, r.newOrders,
                r.geofenceAlerts, r.casesFlagged)
            print("\(counts)  \(r.org)")
        }
    }
}
