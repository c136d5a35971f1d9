import Foundation

/// Programs from the system that some tests use (python3, chromium,
/// poppler's pdftotext): found on PATH, run with arguments (never through a
/// shell) and a time limit, so that a hung browser fails the test instead
/// of stalling the run.
enum ExternalTool {
    /// The first of `names` that is an executable on PATH.
    static func find(_ names: String...) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// Runs `tool ARGS`, gives back stdout, stderr and status; status -1 when
    /// it ran past `seconds` and was killed.
    static func run(_ tool: String, _ arguments: [String], seconds: Double = 120) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let folder = NSTemporaryDirectory() + "competence-tool-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Files rather than pipes: nothing to drain while waiting.
        let out = URL(fileURLWithPath: folder + "/out"), err = URL(fileURLWithPath: folder + "/err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        var status = process.terminationStatus
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            status = -1
        }
        return CommandResult(stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                             stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self), status: status)
    }
}
