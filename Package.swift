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
        // For the fuzzing package in Fuzz/ (scripts/hardening/fuzz.sh).
        .library(name: "AnsimETL", targets: ["AnsimETL"]),
        .library(name: "AnsimGeocode", targets: ["AnsimGeocode"]),
        .library(name: "AnsimLookup", targets: ["AnsimLookup"]),
        .library(name: "AnsimServer", targets: ["AnsimServer"]),
        .library(name: "AnsimHotline", targets: ["AnsimHotline"]),
        .library(name: "AnsimGroomingService", targets: ["AnsimGroomingService"]),
        .library(name: "AnsimLookupServer", targets: ["AnsimLookupServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(
            url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
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
        .systemLibrary(
            name: "CJPEG", pkgConfig: "libjpeg",
            providers: [.apt(["libjpeg-dev"])]),
        .systemLibrary(
            name: "CPNG", pkgConfig: "libpng",
            providers: [.apt(["libpng-dev"])]),

        .target(name: "CSpawn"),
        .target(name: "AnsimSupport", dependencies: ["CCrypto", "CSpawn"]),
        .target(name: "AnsimGeo", dependencies: ["CGEOS", "CPROJ", "AnsimSupport"]),
        .target(name: "AnsimStore", dependencies: ["CLibPQ", "AnsimGeo", "AnsimSupport"]),
        .target(
            name: "AnsimETL", dependencies: ["CGDAL", "AnsimStore", "AnsimGeo", "AnsimSupport"]),
        .target(name: "AnsimSynth", dependencies: ["AnsimGeo", "AnsimSupport"]),
        .target(name: "AnsimAnalytics", dependencies: ["AnsimGeo", "AnsimSupport"]),
        .target(name: "AnsimRouting", dependencies: ["AnsimGeo", "AnsimSupport"]),
        .target(
            name: "AnsimRoutingStore",
            dependencies: ["AnsimRouting", "AnsimETL", "AnsimStore", "AnsimGeo", "AnsimSupport"]),
        .target(name: "AnsimPatrol", dependencies: ["AnsimSupport"]),
        .target(
            name: "AnsimPatrolPlanner",
            dependencies: [
                "AnsimPatrol", "AnsimRouting", "AnsimRoutingStore", "AnsimAnalyticsStore", "AnsimAnalytics",
                "AnsimStore", "AnsimGeo", "AnsimSupport",
            ]),
        .target(
            name: "AnsimAnalyticsStore", dependencies: ["AnsimAnalytics", "AnsimStore", "AnsimGeo", "AnsimSupport"]),
        .target(
            name: "AnsimCLI",
            dependencies: [
                "AnsimStore", "AnsimGeo", "AnsimSupport", "AnsimETL", "AnsimSynth", "AnsimAnalytics",
                "AnsimAnalyticsStore", "AnsimRouting", "AnsimRoutingStore", "AnsimPatrol", "AnsimPatrolPlanner",
                "AnsimReports", "AnsimServer", "AnsimHotline", "AnsimMap",
                "AnsimLinks", "AnsimLookup", "AnsimLookupStore", "AnsimLookupServer", "AnsimGeocode", "AnsimGeocodeStore", "AnsimCPTED",
                "AnsimLinksStore", "AnsimLinksServer", "AnsimMedia", "AnsimMediaService", "AnsimGrooming",
                "AnsimGroomingService", "AnsimShard",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(
            name: "AnsimReports",
            dependencies: [
                "AnsimAnalyticsStore", "AnsimAnalytics", "AnsimStore", "AnsimGeo", "AnsimSupport", "AnsimCPTED",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        .target(
            name: "AnsimServer",
            dependencies: [
                "CCrypto", "AnsimStore", "AnsimSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(
            name: "AnsimHotline",
            dependencies: [
                "AnsimServer", "AnsimStore", "AnsimGeo", "AnsimSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(
            name: "AnsimMap",
            dependencies: [
                "AnsimServer", "AnsimStore", "AnsimSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]),
        .target(name: "AnsimLookup", dependencies: ["AnsimRouting", "AnsimGeo", "AnsimSupport"]),
        .target(name: "AnsimGeocode", dependencies: ["AnsimSupport"]),
        .target(name: "AnsimCPTED", dependencies: ["AnsimSupport"]),
        .target(name: "AnsimLinks"),
        .target(
            name: "AnsimGeocodeStore",
            dependencies: ["AnsimGeocode", "AnsimETL", "AnsimStore", "AnsimGeo", "AnsimSupport"]),
        .target(
            name: "AnsimLookupStore",
            dependencies: [
                "AnsimLookup", "AnsimGeocode", "AnsimGeocodeStore", "AnsimSynth", "AnsimRouting", "AnsimRoutingStore", "AnsimStore", "AnsimGeo",
                "AnsimSupport",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(
            name: "AnsimLookupServer",
            dependencies: [
                "AnsimLookup", "AnsimLookupStore", "AnsimServer", "AnsimStore", "AnsimGeo", "AnsimSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(
            name: "AnsimLinksStore",
            dependencies: ["AnsimLinks", "AnsimETL", "AnsimStore", "AnsimGeo", "AnsimSupport"]),
        .target(
            name: "AnsimLinksServer",
            dependencies: [
                "AnsimLinks", "AnsimLinksStore", "AnsimServer", "AnsimStore", "AnsimSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(name: "AnsimMedia", dependencies: ["CJPEG", "CPNG", "AnsimSupport"]),
        .target(
            name: "AnsimMediaService",
            dependencies: [
                "AnsimMedia", "AnsimServer", "AnsimStore", "AnsimSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(name: "AnsimGrooming", dependencies: ["AnsimSupport"]),
        .target(
            name: "AnsimGroomingService",
            dependencies: [
                "AnsimGrooming", "AnsimServer", "AnsimStore", "AnsimSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(name: "AnsimShard", dependencies: ["AnsimStore"]),
        .executableTarget(name: "ansim", dependencies: ["AnsimCLI"]),
        .target(
            name: "AnsimTestSupport", dependencies: ["AnsimStore", "AnsimSupport"],
            path: "Sources/AnsimTestSupport"),
        .target(
            name: "AnsimServerTestSupport",
            dependencies: [
                "AnsimServer", "AnsimStore", "AnsimSupport", "AnsimTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]),

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
            name: "AnsimRoutingTests",
            dependencies: [
                "AnsimRouting", "AnsimRoutingStore", "AnsimStore", "AnsimGeo", "AnsimSupport", "AnsimTestSupport",
            ]),
        .testTarget(name: "AnsimPatrolTests", dependencies: ["AnsimPatrol", "AnsimSupport"]),
        .testTarget(
            name: "AnsimPatrolPlannerTests",
            dependencies: [
                "AnsimPatrolPlanner", "AnsimPatrol", "AnsimRouting", "AnsimRoutingStore", "AnsimAnalyticsStore",
                "AnsimStore", "AnsimGeo", "AnsimSupport", "AnsimTestSupport",
            ]),
        .testTarget(
            name: "AnsimReportsTests",
            dependencies: [
                "AnsimReports", "AnsimAnalyticsStore", "AnsimStore", "AnsimSupport", "AnsimTestSupport",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .testTarget(
            name: "AnsimServerTests",
            dependencies: [
                "AnsimServerTestSupport", "AnsimServer", "AnsimStore", "AnsimSupport", "AnsimTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .testTarget(
            name: "AnsimHotlineTests",
            dependencies: [
                "AnsimServerTestSupport", "AnsimHotline", "AnsimServer", "AnsimStore", "AnsimGeo", "AnsimSupport", "AnsimTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                "ansim",
                .product(name: "Logging", package: "swift-log"),
            ]),
        .testTarget(
            name: "AnsimMapTests",
            dependencies: [
                "AnsimServerTestSupport", "AnsimMap", "AnsimServer", "AnsimStore", "AnsimSupport", "AnsimTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .testTarget(
            name: "AnsimLookupTests",
            dependencies: [
                "AnsimLookup", "AnsimLookupStore", "AnsimLookupServer", "AnsimSynth", "AnsimRouting", "AnsimETL",
                "AnsimRoutingStore", "AnsimServer", "AnsimStore", "AnsimGeo", "AnsimSupport", "AnsimTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .testTarget(name: "AnsimGeocodeTests", dependencies: ["AnsimGeocode", "AnsimSupport"]),
        .testTarget(name: "AnsimCPTEDTests", dependencies: ["AnsimCPTED", "AnsimSupport"]),
        .testTarget(name: "AnsimLinksTests", dependencies: ["AnsimLinks"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "AnsimGeocodeStoreTests",
            dependencies: [
                "AnsimGeocodeStore", "AnsimGeocode", "AnsimETL", "AnsimStore", "AnsimSupport", "AnsimTestSupport",
            ]),
        .testTarget(
            name: "AnsimLinksStoreTests",
            dependencies: [
                "AnsimLinksStore", "AnsimLinksServer", "AnsimLinks", "AnsimServerTestSupport", "AnsimServer",
                "AnsimStore", "AnsimSupport", "AnsimTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
        .testTarget(
            name: "AnsimMediaTests",
            dependencies: [
                "AnsimMedia", "AnsimMediaService", "AnsimServerTestSupport", "AnsimServer", "AnsimStore",
                "AnsimSupport", "AnsimTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "AnsimGroomingTests",
            dependencies: [
                "AnsimGrooming", "AnsimGroomingService", "AnsimServerTestSupport", "AnsimServer", "AnsimStore",
                "AnsimSupport", "AnsimTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
        .testTarget(
            name: "AnsimShardTests",
            dependencies: ["AnsimShard", "AnsimLookupStore", "AnsimStore", "AnsimSupport", "AnsimTestSupport", "ansim"]),
        .testTarget(
            name: "AnsimBatchTests",
            dependencies: ["AnsimAnalytics", "AnsimStore", "AnsimSupport", "AnsimTestSupport", "ansim"]),
        .testTarget(
            name: "AnsimCLITests",
            dependencies: ["AnsimStore", "AnsimSupport", "AnsimTestSupport", "ansim"]),
    ]
)
