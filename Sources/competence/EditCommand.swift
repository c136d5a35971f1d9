import ArgumentParser
import CompetenceKit
import CompetenceTUI

#if canImport(Glibc)
import Glibc
#endif

/// `competence edit FILE`: the full-screen editor. The file is loaded and
/// checked before the screen opens, so an invalid file gets the same error
/// and exit status as `validate`; a missing one starts a new matrix.
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

    func validate() throws {
        if let assessor, assessor.trimmingSpaces.isEmpty {
            throw ValidationError("--assessor expects a name")
        }
    }

    func run() throws {
        let isNew = !exists(file)
        let document = isNew ? Matrix() : try CommandFailure.load(file)
        guard isatty(0) == 1, isatty(1) == 1 else {
            CommandFailure.printError("edit needs a terminal; `competence print \(file)` shows the matrix as text")
            throw ExitCode(ExitStatus.usage)
        }
        let today = Day.today()
        let backend = CursesBackend()
        defer { backend.close() }
        let size = backend.size
        var state = EditorState(document: document, path: file, asOf: asOf.asOf == nil ? today : asOf.day, today: today,
                                assessor: assessor ?? Self.currentUser, width: size.width, height: size.height,
                                useColor: backend.hasColor && !Self.noColor)
        if isNew { state.inform("New matrix: \(file) is created when you save (Ctrl-S). Press ? for help.") }
        var session = EditorSession(state: state)
        EditorRunLoop().run(&session, on: backend)
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
