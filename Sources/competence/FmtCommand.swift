import ArgumentParser
import CompetenceKit

/// `competence fmt FILE... [--check]`: rewrites files in the canonical form,
/// so files kept in git differ only where their content does.
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite matrix files in the canonical form (atomically).",
        discussion: """
            A file is rewritten only when its bytes differ from the canonical form. \
            An invalid file is never touched. With --check nothing is written: the \
            files that are not canonical are listed on stdout (the exit status stays 0: \
            status 1 belongs to gaps --check alone).
            """
    )

    @Argument(help: ArgumentHelp("Matrix files to format.", valueName: "FILE"))
    var files: [String]

    @Flag(help: "Write nothing; list the files that are not in canonical form.")
    var check = false

    func run() throws {
        var outcome = FileOutcomes()
        var notCanonical = [String]()
        for path in files {
            do throws(MatrixFileError) {
                // The file's bytes are let go once decoded and compared from disk
                // afterwards, so a large file is never in memory twice over
                // beside its document (docs/performance.md).
                let canonical = MatrixFile.encode(try MatrixFile.load(path: path))
                guard try !FileBytes.contentEquals(path: path, canonical) else { continue }
                if check {
                    notCanonical.append(path)
                } else {
                    try AtomicFile.write(canonical, to: path)
                }
            } catch {
                outcome.record(error)
            }
        }
        // stdout stays empty on error: the listing is only printed when every file could be read.
        if outcome.failed == nil, !notCanonical.isEmpty {
            print(notCanonical.joined(separator: "\n"))
        }
        if let status = outcome.failed { throw ExitCode(status) }
    }
}
