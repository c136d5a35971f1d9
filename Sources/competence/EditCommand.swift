import ArgumentParser
import CompetenceKit
import CompetenceTUI

#if canImport(Glibc)
import Glibc
#endif

/// `competence edit FILE`: the full-screen editor. The file is loaded and
/// checked before the screen opens, so an invalid file gets the same error
/// and exit status as `validate`; a missing one starts a new matrix. A
/// recovery file beside it is dealt with first (docs/safety.md), and one is
/// kept while the editor runs.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Open the editor on a matrix (a missing FILE starts a new matrix, created on first save).",
        discussion: "Keys and commands: press ? in the editor, or see docs/keys.md."
    )

    @Argument(help: ArgumentHelp("The matrix file.", valueName: "FILE"))
    var file: String

    @OptionGroup var asOf: AsOfOption

    @Option(help: ArgumentHelp("Who new assessments are by (default: $USER).", valueName: "NAME"))
    var assessor: String?

    @Flag(help: "Do not keep the previous version as FILE~ when saving.")
    var noBackup = false

    func validate() throws {
        if let assessor, assessor.trimmingSpaces.isEmpty {
            throw ValidationError("--assessor expects a name")
        }
    }

    func run() throws {
        let isNew = !exists(file)
        var document = Matrix()
        var saveCheck = SaveOptions.Expected.absent
        if !isNew {
            do {
                let loaded = try MatrixFile.loadTracked(path: file)
                (document, saveCheck) = (loaded.matrix, .file(loaded.fingerprint))
            } catch {
                throw CommandFailure.report(error)
            }
        }
        guard isatty(0) == 1, isatty(1) == 1 else {
            CommandFailure.printError("edit needs a terminal; `competence print \(file)` shows the matrix as text")
            throw ExitCode(ExitStatus.usage)
        }
        guard let start = RecoveryStart.decide(path: file, document: document, saveCheck: saveCheck, ask: Self.askOnTerminal) else {
            return
        }
        let today = Day.today()
        let backend = CursesBackend()
        defer { backend.close() }
        let size = backend.size
        var state = EditorState(document: start.document, path: file, asOf: asOf.asOf == nil ? today : asOf.day, today: today,
                                assessor: assessor ?? Self.currentUser, width: size.width, height: size.height,
                                useColor: backend.hasColor && !Self.noColor)
        state.readOnly = start.readOnly
        if start.recovered { state.markUnsaved() }
        if let note = start.note {
            state.inform(note)
        } else if isNew {
            state.inform("New matrix: \(file) is created when you save (Ctrl-S). Press ? for help.")
        }
        var session = EditorSession(state: state)
        session.saveCheck = start.saveCheck
        session.keepBackup = !noBackup
        let keeper = start.keepsRecoveryFile ? RecoveryKeeper(path: file) : nil
        EditorRunLoop(idle: { keeper?.tick(&$0) }, timeout: { keeper?.timeout(for: $0) },
                      beforeSuspend: { keeper?.flush(&$0) }).run(&session, on: backend)
        keeper?.finish()
    }

    /// Asks on the terminal before the screen opens; the answer line, or nil at the end of input.
    static func askOnTerminal(_ question: String) -> String? {
        var text = question
        text.withUTF8 { buf in _ = Glibc.write(1, buf.baseAddress, buf.count) }
        return readLine()
    }

    /// `$USER`, else `$LOGNAME`, else the login name of the process's user
    /// (tmux, cron and containers often set neither variable), else "unknown".
    static var currentUser: String {
        for name in ["USER", "LOGNAME"] {
            if let v = getenv(name), !String(cString: v).isEmpty { return String(cString: v) }
        }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name, name.pointee != 0 {
            return String(cString: name)
        }
        return "unknown"
    }

    /// `NO_COLOR` set to anything but the empty string (no-color.org).
    static var noColor: Bool {
        guard let v = getenv("NO_COLOR") else { return false }
        return v.pointee != 0
    }

    private func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }
}

private extension String {
    var trimmingSpaces: String { filter { !$0.isWhitespace } }
}
