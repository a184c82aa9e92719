// swift-tools-version:6.1
import PackageDescription

/// The ceiling of the HTTP load figures: the same Hummingbird, one trivial route, measured
/// on the same machine in the same run as `boxoffice serve`.
let package = Package(
    name: "Ceiling",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
    ],
    targets: [
        .executableTarget(name: "Ceiling", dependencies: [.product(name: "Hummingbird", package: "hummingbird")]),
    ],
    swiftLanguageModes: [.v6]
)
