// swift-tools-version:6.1
import PackageDescription

/// boxoffice's benchmarks, kept out of the root package so that `swift build` and
/// `swift test` there never build the harness. Run with `swift package benchmark` here,
/// or `scripts/bench` / `scripts/bench-smoke` from the repository root.
let package = Package(
    name: "boxoffice-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "boxoffice", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
    ],
    targets: [
        .target(
            name: "BenchSupport",
            dependencies: [
                .product(name: "BookingEngine", package: "boxoffice"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "bench-hold-worker",
            dependencies: ["BenchSupport", .product(name: "BookingEngine", package: "boxoffice")]
        ),
        .executableTarget(
            name: "bench-postgres",
            dependencies: [
                "BenchSupport",
                .product(name: "BookingEngine", package: "boxoffice"),
                .product(name: "BookingEnginePostgres", package: "boxoffice"),
            ]
        ),
        .executableTarget(
            name: "bench-poll",
            dependencies: ["BenchSupport", .product(name: "BookingEngine", package: "boxoffice")]
        ),
        .executableTarget(
            name: "EngineBenchmarks",
            dependencies: [
                "BenchSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "BookingEngine", package: "boxoffice"),
            ],
            path: "Benchmarks/Engine",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "ClientBenchmarks",
            dependencies: [
                "BenchSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "BookingEngine", package: "boxoffice"),
                .product(name: "BoxOfficeUI", package: "boxoffice"),
            ],
            path: "Benchmarks/Client",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
