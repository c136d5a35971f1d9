import Foundation

/// Runs of `competence print` and `gaps` for the printing tests: in
/// Fixtures/ (so file names print short) with the printed date pinned by
/// SOURCE_DATE_EPOCH to 2026-06-02 UTC.
enum PrintRun {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
    static let printedEpoch = "1780358400"

    static func run(_ arguments: [String], in folder: String = fixtures,
                    environment: [String: String] = [:]) throws -> CommandResult {
        try CommandRunner.run(arguments, in: folder,
                              environment: ["SOURCE_DATE_EPOCH": printedEpoch].merging(environment) { $1 })
    }
}

extension CommandResult {
    /// Status first, as the printing tests read it.
    init(status: Int32, stdout: String, stderr: String) {
        self.init(stdout: stdout, stderr: stderr, status: status)
    }
}
