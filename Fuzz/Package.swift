// swift-tools-version:6.1
import Foundation
import PackageDescription

/// libFuzzer targets for Ansim's parsers of outside input (issue 14, hardening).
///
/// A leaf package so that the sanitizer flags and the fuzzer's `main` never touch the
/// main build. Build and run through `scripts/hardening/fuzz.sh`, which passes
/// `-Xswiftc -sanitize=fuzzer,address` to every Swift target (Ansim's included, so
/// libFuzzer sees their coverage). `ANSIM_FUZZ_TARGET` picks the parser at run time.
///
/// The `api` target decodes request bodies with the server's own types, which pulls in
/// Hummingbird, SwiftNIO and swift-crypto; `ANSIM_FUZZ_API=0` leaves it (and them) out.
let withAPI = ProcessInfo.processInfo.environment["ANSIM_FUZZ_API"] != "0"

let apiDependencies: [Target.Dependency] =
    withAPI
    ? [
        .product(name: "AnsimServer", package: "Ansim"),
        .product(name: "AnsimHotline", package: "Ansim"),
        .product(name: "AnsimGroomingService", package: "Ansim"),
        .product(name: "AnsimLookupServer", package: "Ansim"),
    ] : []

let package = Package(
    name: "AnsimFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Ansim", path: "..")
    ],
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "AnsimFuzz",
            dependencies: [
                "CFuzzerDriver",
                .product(name: "AnsimETL", package: "Ansim"),
                .product(name: "AnsimGeo", package: "Ansim"),
                .product(name: "AnsimGeocode", package: "Ansim"),
                .product(name: "AnsimLookup", package: "Ansim"),
            ] + apiDependencies,
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
                + (withAPI ? [.define("ANSIM_FUZZ_API")] : [])),
    ]
)
