import CompetenceKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `:print` with no path: the current view as text, 80 columns wide as on
/// paper, sent to `lp` in the background; with no `lp` (or one that cannot
/// be started), written to a file beside the matrix instead, and the message
/// line says where.
extension EditorSession {
    /// The page width of text sent to a printer.
    static let paperWidth = 80

    mutating func printToPrinter() {
        let view = state.view.title
        let text = PrintFileFormat.text.render(state, printedOn: state.today, width: EditorSession.paperWidth)
        var problem = "No lp command to print with"
        if let printer {
            do {
                printJobs.append(try printer.start(text, title: "\(TextEscaping.escaped(fileName(state.path))): \(view)"))
                state.inform("Sent the \(view) view to lp; it prints in the background")
                return
            } catch {
                problem = "Could not start lp (\(TextEscaping.escaped(error.reason)))"
            }
        }
        writeInstead(text, because: problem)
    }

    /// Writes the text to `MATRIX-VIEW.txt` beside the matrix (`-2`, `-3`…
    /// rather than overwrite anything).
    mutating func writeInstead(_ text: String, because problem: String) {
        let stem = state.path.hasSuffix(".json") ? String(state.path.dropLast(5)) : state.path
        let base = "\(stem)-\(state.view.rawValue)"
        var lastError: MatrixFileError?
        for n in 1...99 {
            let path = n == 1 ? "\(base).txt" : "\(base)-\(n).txt"
            do {
                try AtomicFile.create(Array(text.utf8), at: path)
                state.inform("\(problem): wrote the \(state.view.title) view to \(TextEscaping.escaped(path))")
                return
            } catch {
                lastError = error
                var st = stat()
                if lstat(path, &st) != 0 { break }
            }
        }
        if let lastError { state.saveFailed(path: base, error: lastError, what: "\(problem), and not printed") }
    }

    /// Reports each `lp` run that has ended since the last key on the
    /// message line: a failure always, a success unless the key itself had
    /// something to say there.
    public mutating func reportPrintJobs() {
        guard !printJobs.isEmpty else { return }
        let quiet = state.message == nil
        var running: [LinePrintJob] = []
        for job in printJobs {
            guard let outcome = job.poll() else { running.append(job); continue }
            let said = outcome.message.isEmpty ? "" : ": \(outcome.message)"
            if outcome.status != 0 {
                state.message = .error("lp failed (exit \(outcome.status))\(said)")
            } else if quiet {
                state.inform("lp took the print job\(said)")
            }
        }
        printJobs = running
    }

    private func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
