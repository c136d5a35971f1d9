import Foundation

/// Where the package's files are, found from this source file so tests run
/// from any working directory.
enum ExamplePaths {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func example(_ name: String) -> String {
        packageRoot.appendingPathComponent("Examples").appendingPathComponent(name).path
    }

    static func doc(_ name: String) -> String {
        packageRoot.appendingPathComponent("docs").appendingPathComponent(name).path
    }
}
