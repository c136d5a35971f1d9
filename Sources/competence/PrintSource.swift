import ArgumentParser
import CompetenceKit

/// A matrix loaded and analysed for printing, with the selection checked
/// against it: the common start of `print` and `gaps`.
struct PrintSource {
    let matrix: Matrix
    let analysis: MatrixAnalysis

    /// Loads `file` (exit 65/66 on failure) and checks that every `--role` and
    /// `--person` exists (exit 64 naming the id).
    init(file: String, asOf: Day, selection: PrintSelection) throws {
        matrix = try CommandFailure.load(file)
        analysis = MatrixAnalysis(matrix, asOf: asOf)
        do {
            try selection.check(analysis.index)
        } catch {
            CommandFailure.printError("\(file): \(error)")
            throw ExitCode(ExitStatus.usage)
        }
    }
}
