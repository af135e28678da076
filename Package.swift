// swift-tools-version:6.1
import PackageDescription

/// Ansim (안심): a smart-policing data platform.
///
/// Dependencies flow one way:
/// C libraries ← AnsimSupport ← AnsimGeo ← AnsimStore ← AnsimCLI ← ansim.
let package = Package(
    name: "Ansim",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ansim", targets: ["ansim"]),
        .library(name: "AnsimGeo", targets: ["AnsimGeo"]),
        .library(name: "AnsimStore", targets: ["AnsimStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // C libraries from Debian's -dev packages (see scripts/setup.sh).
        .systemLibrary(
            name: "CLibPQ", pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]),
        .systemLibrary(
            name: "CGEOS", pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"])]),
        .systemLibrary(
            name: "CPROJ", pkgConfig: "proj",
            providers: [.apt(["libproj-dev"])]),
        .systemLibrary(
            name: "CCrypto", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]),
        .systemLibrary(
            name: "CGDAL", pkgConfig: "gdal",
            providers: [.apt(["libgdal-dev"])]),

        .target(name: "CSpawn"),
        .target(name: "AnsimSupport", dependencies: ["CCrypto", "CSpawn"]),
        .target(name: "AnsimGeo", dependencies: ["CGEOS", "CPROJ", "AnsimSupport"]),
        .target(name: "AnsimStore", dependencies: ["CLibPQ", "AnsimGeo", "AnsimSupport"]),
        .target(
            name: "AnsimETL", dependencies: ["CGDAL", "AnsimStore", "AnsimGeo", "AnsimSupport"]),
        .target(name: "AnsimSynth", dependencies: ["AnsimGeo", "AnsimSupport"]),
        .target(name: "AnsimAnalytics", dependencies: ["AnsimGeo", "AnsimSupport"]),
        .target(
            name: "AnsimAnalyticsStore", dependencies: ["AnsimAnalytics", "AnsimStore", "AnsimGeo", "AnsimSupport"]),
        .target(
            name: "AnsimCLI",
            dependencies: [
                "AnsimStore", "AnsimGeo", "AnsimSupport", "AnsimETL", "AnsimSynth", "AnsimAnalytics",
                "AnsimAnalyticsStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "ansim", dependencies: ["AnsimCLI"]),
        .target(
            name: "AnsimTestSupport", dependencies: ["AnsimStore", "AnsimSupport"],
            path: "Sources/AnsimTestSupport"),

        .testTarget(
            name: "AnsimGeoTests", dependencies: ["AnsimGeo", "AnsimSupport", "AnsimTestSupport"]),
        .testTarget(
            name: "AnsimStoreTests",
            dependencies: ["AnsimStore", "AnsimGeo", "AnsimSupport", "AnsimTestSupport"]),
        .testTarget(
            name: "AnsimETLTests",
            dependencies: ["AnsimETL", "AnsimStore", "AnsimGeo", "AnsimSupport", "AnsimTestSupport"]),
        .testTarget(
            name: "AnsimSynthTests",
            dependencies: ["AnsimSynth", "AnsimGeo", "AnsimSupport", "AnsimTestSupport"]),
        .testTarget(
            name: "AnsimAnalyticsTests",
            dependencies: [
                "AnsimAnalytics", "AnsimAnalyticsStore", "AnsimStore", "AnsimGeo", "AnsimSupport", "AnsimTestSupport",
            ],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "AnsimCLITests",
            dependencies: ["AnsimStore", "AnsimSupport", "AnsimTestSupport", "ansim"]),
    ]
)
