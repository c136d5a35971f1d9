// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "CompetenceMatrix",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "competence", targets: ["competence"]),
        .library(name: "CompetenceKit", targets: ["CompetenceKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "CompetenceKit"),
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "CompetenceTUI", dependencies: ["CompetenceKit", "CNcursesw"]),
        .executableTarget(
            name: "competence",
            dependencies: [
                "CompetenceKit", "CompetenceTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "competence-bench",
            dependencies: [
                "CompetenceKit", "CompetenceTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/CompetenceBench"
        ),
        .testTarget(name: "CompetenceKitTests", dependencies: ["CompetenceKit"]),
        .testTarget(name: "CompetenceTUITests", dependencies: ["CompetenceTUI", "CompetenceKit"]),
        .testTarget(name: "CompetenceCLITests", dependencies: ["CompetenceKit"], exclude: ["Fixtures", "Golden", "Scripts"]),
    ],
    swiftLanguageModes: [.v6]
)
