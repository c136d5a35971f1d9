import ArgumentParser
import CompetenceKit

/// `competence validate FILE...`: checks files and prints nothing on success,
/// so it fits in scripts, git hooks and CI.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check matrix files; print nothing on success.",
        discussion: """
            Every file is checked, and each problem is reported on stderr with the \
            file, line, column, JSON path and an excerpt. Exit status: 0 when all are \
            valid, 65 when any is invalid, otherwise 66 when any is missing or unreadable.
            """
    )

    @Argument(help: ArgumentHelp("Matrix files to check.", valueName: "FILE"))
    var files: [String]

    func run() throws {
        var outcome = FileOutcomes()
        for path in files {
            do throws(MatrixFileError) {
                _ = try MatrixFile.load(path: path)
            } catch {
                outcome.record(error)
            }
        }
        if let status = outcome.failed { throw ExitCode(status) }
    }
}
