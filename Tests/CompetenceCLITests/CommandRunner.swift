import Foundation
import Testing

/// What one run of the built `competence` binary did.
struct CommandResult: Equatable, CustomStringConvertible {
    var stdout: String
    var stderr: String
    var status: Int32

    var description: String { "status \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

/// Runs the binary that `swift build` made (`.build/debug/competence`; the
/// Makefile builds before testing) the way a person would, and gives back
/// the whole stdout, stderr and exit status.
enum CommandRunner {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: String { packageRoot.appendingPathComponent(".build/debug/competence").path }

    static func example(_ name: String) -> String {
        packageRoot.appendingPathComponent("Examples").appendingPathComponent(name).path
    }

    /// Runs `competence ARGS` in `folder` with `NO_COLOR` set and no input;
    /// `through` is a command that runs it (`["/bin/sh", "-c", "ulimit -f 8; exec \"$@\"", "sh"]`).
    static func run(_ arguments: [String], in folder: String, environment: [String: String] = [:],
                    through wrapper: [String] = []) throws -> CommandResult {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            Issue.record("\(binary) is missing: run `swift build` (or `make test`) before `swift test`")
            return CommandResult(stdout: "", stderr: "", status: -1)
        }
        let process = Process()
        let command = wrapper + [binary] + arguments
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["COLUMNS"] = "80"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes to the end before waiting, so a full pipe cannot stall the child.
        let errBox = DataBox()
        let errHandle = err.fileHandleForReading
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errBox.data = errHandle.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandResult(stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errBox.data, as: UTF8.self),
                             status: process.terminationStatus)
    }

    /// Holds what the reader thread read; the group's wait orders the access.
    private final class DataBox: @unchecked Sendable {
        var data = Data()
    }
}

/// A fresh folder for one test, removed when the test is done with it.
final class ScratchFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "competence-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: file(name)))
    }

    func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: file(name)))
    }

    func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: file(name))), as: UTF8.self)
    }

    func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: file(name))))
    }

    /// Copies an example into the folder under `name`.
    func copyExample(_ example: String, as name: String) throws {
        try FileManager.default.copyItem(atPath: CommandRunner.example(example), toPath: file(name))
    }
}
