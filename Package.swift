// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "boxoffice",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "boxoffice", targets: ["boxoffice"]),
        .library(name: "BookingEngine", targets: ["BookingEngine"]),
        .library(name: "BookingEnginePostgres", targets: ["BookingEnginePostgres"]),
        .library(name: "BoxOfficeUI", targets: ["BoxOfficeUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/vapor/sqlite-nio.git", from: "1.13.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
    ],
    targets: [
        .target(
            name: "BookingEngine",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
                "BoxOfficeAssets",
                "SQLiteForGRDB",
            ],
            exclude: ["Storage/SQLite/SQLiteMigrations/README.md"],
            plugins: ["MigrationText"]
        ),
        .target(
            name: "BookingEnginePostgres",
            dependencies: [
                "BookingEngine",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["PostgresMigrations/README.md"],
            plugins: ["MigrationText"]
        ),
        .executableTarget(name: "migration-text"),
        .plugin(name: "MigrationText", capability: .buildTool(), dependencies: ["migration-text"]),
        .target(
            name: "SQLiteForGRDB",
            dependencies: [.product(name: "SQLiteNIO", package: "sqlite-nio")]
        ),
        .target(
            name: "BoxOfficeAssets",
            path: "assets",
            exclude: ["README.md"],
            resources: [.copy("demo-catalog.yaml")]
        ),
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "BoxOfficeUI",
            dependencies: ["BookingEngine"]
        ),
        .target(
            name: "BoxOfficeTerminal",
            dependencies: ["CNcursesw", "BoxOfficeUI"]
        ),
        .target(name: "BoxOfficeCrowd", dependencies: ["BookingEngine"]),
        .target(name: "BoxOfficeAPI", dependencies: ["BookingEngine"]),
        .target(
            name: "BoxOfficeServer",
            dependencies: [
                "BookingEngine",
                "BoxOfficeAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("openapi.yaml")]
        ),
        .target(
            name: "BoxOfficeRemote",
            dependencies: [
                "BookingEngine",
                "BoxOfficeAPI",
                "BoxOfficeUI",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "boxoffice",
            dependencies: [
                "BookingEngine",
                "BookingEnginePostgres",
                "BoxOfficeUI",
                "BoxOfficeTerminal",
                "BoxOfficeCrowd",
                "BoxOfficeServer",
                "BoxOfficeRemote",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "BookingEngineTests",
            dependencies: [
                "BookingEngine",
                "BookingEnginePostgres",
                "BoxOfficeUI",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "BoxOfficeUITests", dependencies: ["BoxOfficeUI"], exclude: ["__Goldens__"]),
        .testTarget(name: "BoxOfficeTerminalTests", dependencies: ["BoxOfficeTerminal"]),
        .testTarget(name: "BoxOfficeCLITests", dependencies: ["BookingEngine", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "BoxOfficeServerTests",
            dependencies: [
                "BoxOfficeServer",
                "BoxOfficeAPI",
                "BoxOfficeRemote",
                "BoxOfficeUI",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "BoxOfficeCrowdTests",
            dependencies: ["BoxOfficeCrowd", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
