import AnsimHotline
import AnsimServer
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim hotline case open|show|assign|close`.
struct HotlineCaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case", abstract: "Open, show, assign and close cases.",
        subcommands: [
            HotlineCaseOpen.self, HotlineCaseShow.self, HotlineCaseAssign.self, HotlineCaseClose.self,
        ])
}
