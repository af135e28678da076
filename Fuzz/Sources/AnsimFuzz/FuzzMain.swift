import CFuzzerDriver

/// The executable's entry point as SwiftPM links it: on Linux it renames an executable
/// target's `main` to `<module>_main` (`--defsym main=AnsimFuzz_main`) so that tests can
/// link it, which hides libFuzzer's own `main`. This one hands the command line to
/// libFuzzer's driver with ``fuzzTestOneInput(_:_:)`` as the callback, so the binary
/// takes every libFuzzer flag (`-max_total_time=60 corpus/`, a crash file to replay, …).
@_cdecl("AnsimFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzTestOneInput(data, size) }
}
