import CompetenceKit

/// The editor state plus the performing of its effects (saving): what the
/// run loop drives with keys, and what tests drive without a terminal.
///
/// Extension point: an effect another feature needs (printing, a recovery
/// file, a backup before saving) is an `Action` case performed here.
public struct EditorSession: Sendable {
    public var state: EditorState
    /// What `:print` with no path prints with: `lp` when there is one.
    public var printer: LinePrinter?
    /// `lp` runs not yet reported on the message line.
    var printJobs: [LinePrintJob] = []
    /// What the document's file must still be for `:w` to overwrite it: the
    /// version loaded or last saved (`.anything` when unknown, as in tests).
    public var saveCheck: SaveOptions.Expected = .anything
    /// Keep the replaced version as `FILE~` on each save.
    public var keepBackup = true

    public init(state: EditorState, printer: LinePrinter? = LinePrinter.onPath()) {
        self.state = state
        self.printer = printer
    }

    /// Handles a key and performs what it asks, then says how any `lp` run
    /// that has ended went; false when the editor should close.
    public mutating func send(_ key: Key) -> Bool {
        let running = perform(state.handle(key))
        reportPrintJobs()
        return running
    }

    /// Performs an action; false when the editor should close.
    public mutating func perform(_ action: Action) -> Bool {
        switch action {
        case .none: return true
        case .quit: return false
        case .save(let path, let quitAfter, let force):
            guard save(to: path, force: force) else { return true }
            return !(quitAfter && path == state.path)
        case .print(let path, let format):
            do {
                try AtomicFile.write(Array(format.render(state, printedOn: state.today).utf8), to: path)
                state.inform("Printed the \(state.view.title) view to \(TextEscaping.escaped(path))")
            } catch {
                state.saveFailed(path: path, error: error, what: "Not printed")
            }
            return true
        case .printToPrinter:
            printToPrinter()
            return true
        }
    }
}

extension EditorSession {
    /// Writes the document to `path` (docs/safety.md): the document's own file
    /// only if it is still the version loaded or last saved, a copy only
    /// where no file is, unless `force`; the replaced version kept as `FILE~`.
    mutating func save(to path: String, force: Bool) -> Bool {
        let own = path == state.path
        // Not even `:w!`: the other editor owns the file.
        if own && state.readOnly {
            state.refuseReadOnly()
            return false
        }
        let options = SaveOptions(keepBackup: keepBackup, expected: force ? .anything : own ? saveCheck : .absent)
        do throws(MatrixFileError) {
            let written = try MatrixFile.save(state.document, to: path, options: options)
            if own { saveCheck = .file(written) }
        } catch .changedOnDisk {
            state.changedOnDisk(path: path, own: own)
            return false
        } catch {
            state.saveFailed(path: path, error: error)
            return false
        }
        state.saved(path: path)
        return true
    }
}

extension EditorState {
    /// After a successful write: the document's own file clears `[+]`; any
    /// other path is a copy.
    public mutating func saved(path written: String) {
        if written == path {
            markSaved()
            message = .info("Saved \(TextEscaping.escaped(path))")
        } else {
            message = .info("Wrote a copy to \(TextEscaping.escaped(written)); still editing \(TextEscaping.escaped(path))")
        }
    }

    /// After a failed write: says why; the edits stay in the editor.
    public mutating func saveFailed(path: String, error: MatrixFileError, what: String = "Not saved") {
        message = .error("\(what): \(TextEscaping.escaped(error.description)); your edits are kept (:w FILE writes elsewhere)")
    }
}

extension EditorState {
    /// Shows `text` on the message line, as when the editor opens.
    public mutating func inform(_ text: String) {
        message = .info(text)
    }
}
