import ArgumentParser
import CompetenceKit

#if canImport(Glibc)
import Glibc
#endif

/// Exit codes of design.md (sysexits.h names).
enum ExitStatus {
    static let gapsFound: Int32 = 1
    static let usage: Int32 = 64
    static let invalidData: Int32 = 65
    static let missingInput: Int32 = 66
    static let cannotWrite: Int32 = 73
}

/// Prints `error: …` to stderr and turns a file problem into its exit code.
enum CommandFailure {
    static func printError(_ message: String) {
        FileHandleStderr.write("error: \(message)\n")
    }

    static func exitCode(for error: MatrixFileError) -> ExitCode {
        switch error {
        case .missing: return ExitCode(ExitStatus.missingInput)
        case .unreadable: return ExitCode(ExitStatus.missingInput)
        case .invalid: return ExitCode(ExitStatus.invalidData)
        case .unwritable, .changedOnDisk: return ExitCode(ExitStatus.cannotWrite)
        }
    }

    /// Reports a file error (with its source excerpt) and returns the exit to throw.
    static func report(_ error: MatrixFileError) -> ExitCode {
        printError(error.report)
        return exitCode(for: error)
    }

    /// Loads a matrix, or reports why not and exits with the matching status.
    static func load(_ path: String) throws -> Matrix {
        do {
            return try MatrixFile.load(path: path)
        } catch {
            throw report(error)
        }
    }
}

/// Unbuffered writes to stderr, so errors appear even when the process exits at once.
enum FileHandleStderr {
    static func write(_ text: String) {
        var t = text
        t.withUTF8 { buf in _ = Glibc.write(2, buf.baseAddress, buf.count) }
    }
}
