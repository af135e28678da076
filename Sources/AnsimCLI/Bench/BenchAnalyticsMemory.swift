import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Peak memory of the benchmark process, per stage.
///
/// `getrusage(RUSAGE_SELF).ru_maxrss` is the process's high-water mark of resident memory.
/// On Linux writing 5 to /proc/self/clear_refs resets that mark (for a process that has not
/// exec'd since it grew, as here), so each stage's figure is the peak while that stage ran
/// (its inputs, which are already resident, included). Elsewhere the figure is the peak of
/// the whole process so far, and ``resetPeak()`` says so by returning false.
enum BenchAnalyticsMemory {
    /// Resets the high-water mark; false when the platform cannot (the peak then stays
    /// cumulative).
    @discardableResult
    static func resetPeak() -> Bool {
        #if os(Linux)
            let fd = open("/proc/self/clear_refs", O_WRONLY)
            guard fd >= 0 else { return false }
            defer { close(fd) }
            return write(fd, "5", 1) == 1
        #else
            return false
        #endif
    }

    /// The peak resident memory in bytes since the last ``resetPeak()`` (or process start).
    static func peak() -> Int {
        var usage = rusage()
        guard getrusage(rusageSelf, &usage) == 0 else { return 0 }
        #if os(Linux)
            return Int(usage.ru_maxrss) * 1024
        #else
            return Int(usage.ru_maxrss)
        #endif
    }

    #if os(Linux)
        private static let rusageSelf = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
        private static let rusageSelf = RUSAGE_SELF
    #endif

    /// Bytes as MiB or GiB for the table.
    static func format(_ bytes: Int) -> String {
        let mib = Double(bytes) / 1_048_576
        return mib >= 1024 ? String(format: "%.2f GiB", mib / 1024) : String(format: "%.0f MiB", mib)
    }
}
