// swift-tools-version:6.2
import PackageDescription

/// Staffroom: a terminal client (and its server) for a professional network of school teachers.
/// Targets follow the layers: Terminal ← App → Store/Sync → Protocol; the server shares only Protocol.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Staffroom",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "staffroom", targets: ["staffroom"]),
        .executable(name: "staffroomd", targets: ["staffroomd"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.0", traits: []),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.0"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.0"..<"5.0.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess.git", from: "1.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw"),
        .target(
            name: "StaffroomTerminal",
            dependencies: ["CNcursesw"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "StaffroomProtocol",
            swiftSettings: strictSettings
        ),
        .target(
            name: "StaffroomICalendar",
            dependencies: ["StaffroomProtocol"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "StaffroomStore",
            dependencies: [
                "StaffroomProtocol",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "StaffroomSync",
            dependencies: [
                "StaffroomProtocol",
                "StaffroomStore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "StaffroomThemes",
            path: "Themes",
            exclude: ["README.md"],
            resources: [
                .embedInCode("default.toml"),
                .embedInCode("monochrome.toml"),
                .embedInCode("high-contrast.toml"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "StaffroomApp",
            dependencies: [
                "StaffroomTerminal",
                "StaffroomProtocol",
                "StaffroomStore",
                "StaffroomSync",
                "StaffroomThemes",
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Subprocess", package: "swift-subprocess"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "StaffroomDemoNetwork",
            swiftSettings: strictSettings
        ),
        .target(
            name: "StaffroomServer",
            dependencies: [
                "StaffroomProtocol",
                "StaffroomICalendar",
                "StaffroomDemoNetwork",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "staffroom",
            dependencies: [
                "StaffroomApp",
                "StaffroomICalendar",
                "StaffroomProtocol",
                "StaffroomStore",
                "StaffroomSync",
                "StaffroomTerminal",
                "StaffroomServer",
                "StaffroomDemoNetwork",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "staffroomd",
            dependencies: [
                "StaffroomServer",
                "StaffroomTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "sync-benchmark",
            dependencies: [
                "StaffroomServer", "StaffroomSync", "StaffroomStore", "StaffroomProtocol", "FaultProxy",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/SyncBenchmark",
            swiftSettings: strictSettings
        ),
        .target(
            name: "FaultProxy",
            path: "Tests/FaultProxy",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "StaffroomTerminalTests",
            dependencies: ["StaffroomTerminal", "CNcursesw"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "StaffroomICalendarTests",
            dependencies: ["StaffroomICalendar", "StaffroomProtocol"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "StaffroomStoreTests",
            dependencies: ["StaffroomStore", "StaffroomProtocol", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "StaffroomAppTests",
            dependencies: ["StaffroomApp", "StaffroomTerminal", "StaffroomStore", "StaffroomProtocol", "StaffroomSync"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "StaffroomServerTests",
            dependencies: [
                "StaffroomServer",
                "StaffroomProtocol",
                "StaffroomSync",
                "StaffroomStore",
                "StaffroomDemoNetwork",
                "FaultProxy",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["staffroom", "staffroomd", "StaffroomDemoNetwork", "FaultProxy", "StaffroomStore", "StaffroomServer"],
            swiftSettings: strictSettings
        ),
    ]
)
