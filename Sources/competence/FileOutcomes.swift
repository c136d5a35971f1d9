import ArgumentParser
import CompetenceKit

/// Collects the failures of a command that works through several files, so
/// that every file is tried and reported, and the exit status says the worst:
/// an invalid file (65) before a missing or unreadable one (66) before an
/// output that could not be written (73).
struct FileOutcomes {
    /// The exit status to end with, or nil while every file went well.
    private(set) var failed: Int32?

    /// Prints the error with its excerpt to stderr and remembers its status.
    mutating func record(_ error: MatrixFileError) {
        CommandFailure.printError(error.report)
        let status = CommandFailure.exitCode(for: error).rawValue
        if let current = failed, FileOutcomes.rank(current) >= FileOutcomes.rank(status) { return }
        failed = status
    }

    private static func rank(_ status: Int32) -> Int {
        switch status {
        case ExitStatus.invalidData: return 3
        case ExitStatus.missingInput: return 2
        default: return 1
        }
    }
}
