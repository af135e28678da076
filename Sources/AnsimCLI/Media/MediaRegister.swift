import AnsimMedia
import AnsimMediaService
import ArgumentParser

/// `ansim media register FILE|HASH --case REF --as USER`.
struct MediaRegister: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Register a victim's protected media by its hash (the image is hashed and not kept).")

    @Argument(help: "A JPEG/PNG file or a 64-hex PDQ hash.") var input: String
    @Option(name: .customLong("case"), help: "The case's pseudonymous reference.") var caseRef: String
    @OptionGroup var actor: MediaActor

    func run() throws {
        let hashed = try MediaCommand.hash(of: input)
        let result = try actor.run { c in
            try MediaStore.register(hashed.hash, quality: hashed.quality, caseRef: caseRef, on: c)
        }
        let quality = result.protected.quality.map(String.init) ?? "-"
        print("\(result.created ? "registered" : "already registered") \(result.protected.id): \(result.protected.pdq) \(quality) case \(result.protected.caseRef)")
    }
}
