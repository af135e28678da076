import Testing

@testable import AnsimPatrol

/// The Chao–Golden–Wasil file format, good and bad.
@Suite struct TOPParsingTests {
    @Test func parsesAWellFormedFile() throws {
        let text = "n 4\nm 2\ntmax 10.5\n0.0\t0.0\t0\n3.0 4.0 7\n6.000\t8.000\t5\n1 1 0\n\n"
        let instance = try TOPInstance.parseCGW(text, name: "tiny.txt")
        #expect(instance.count == 4)
        #expect(instance.vehicles == 2)
        #expect(instance.budget == 10.5)
        #expect(instance.start == 0 && instance.end == 3)
        #expect(instance.scores == [0, 7, 5, 0])
        #expect(instance.travel(0, 1) == 5)
        #expect(instance.travel(1, 2) == 5)
        #expect(instance.customers == [1, 2])
    }

    @Test func acceptsWindowsLineEnds() throws {
        let instance = try TOPInstance.parseCGW("n 3\r\nm 1\r\ntmax 5\r\n0 0 0\r\n1 0 2\r\n0 0 0\r\n")
        #expect(instance.scores == [0, 2, 0])
    }

    @Test(arguments: [
        ("m 2\ntmax 5\n0 0 0\n", "f.txt:1: expected `n <number>`"),
        ("n 3\ntmax 5\n0 0 0\n", "f.txt:2: expected `m <number>`"),
        ("n 3\nm 1\n", "f.txt:3: missing the `tmax …` line"),
        ("n 3\nm 1\ntmax 5\n0 0 0\n1 1 1\n", "f.txt: 2 node rows, but n = 3"),
        ("n 2\nm 1\ntmax 5\n0 0 0\n1 1 1\n2 2 0\n", "f.txt:6: more than n = 2 node rows"),
        ("n 2\nm 1\ntmax 5\n0 0 0\n1 x 0\n", "f.txt:5: `x` is not a number"),
        ("n 2\nm 1\ntmax five\n0 0 0\n1 1 0\n", "f.txt:3: `five` is not a number"),
        ("n 2\nm 1\ntmax 5\n0 0 0\n1 1\n", "f.txt:5: expected `x y score`, found 2 field(s)"),
        ("n 3\nm 1\ntmax 5\n0 0 0\n1 1 -4\n2 2 0\n", "f.txt:5: score -4 is negative"),
        ("n 3\nm 1\ntmax 5\n0 0 0\n1 1 nan\n2 2 0\n", "f.txt:5: `nan` is not a number"),
        ("n 2.5\nm 1\ntmax 5\n", "f.txt:1: n must be a whole number ≥ 1"),
        ("", "f.txt:1: missing the `n …` line"),
    ])
    func rejectsBadFilesNamingTheLine(text: String, message: String) {
        #expect {
            try TOPInstance.parseCGW(text, name: "f.txt")
        } throws: { error in
            (error as? TOPError)?.description.hasPrefix(message) == true
        }
    }

    @Test func readsTheBenchmarkFiles() throws {
        let instance = try TOPInstance.readCGW(path: TOPFixtures.topFolder + "/Set1/p1.2.d.txt")
        #expect(instance.count == 32 && instance.vehicles == 2 && instance.budget == 10)
        #expect(instance.start == 0 && instance.end == 31)
        #expect(throws: TOPError.self) { try TOPInstance.readCGW(path: "/nonexistent/p.txt") }
    }
}
