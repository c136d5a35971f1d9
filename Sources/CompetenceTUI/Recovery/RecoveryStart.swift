import CompetenceKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How the editor opens a file that has a recovery file beside it, decided
/// before the screen opens by asking the person (docs/safety.md):
///
/// - left by an editor that is gone (killed, crashed, power loss): `r`
///   recover the edits (the document opens modified, as at the last write),
///   `o` open the saved file and keep the recovery file, `d` delete it and
///   open the saved file, `q` quit; one that holds nothing but the saved file
///   is removed without asking;
/// - kept by an editor still running: that it is being edited, by whom
///   (process and host), and `o` to open it read-only or `q` to quit;
/// - kept on another host, which cannot be asked: both sets of choices;
/// - damaged: the error, then `d` or `q`.
public struct RecoveryStart: Equatable, Sendable {
    public var document: Matrix
    public var saveCheck: SaveOptions.Expected
    /// The document holds recovered edits: it opens modified.
    public var recovered = false
    public var readOnly = false
    /// Whether this session keeps the recovery file (not while it keeps someone else's).
    public var keepsRecoveryFile = true
    /// The first line the editor shows.
    public var note: String?

    public init(document: Matrix, saveCheck: SaveOptions.Expected) {
        self.document = document
        self.saveCheck = saveCheck
    }

    enum Choice: Equatable { case recover, open, openReadOnly, delete, quit }

    /// The way to open `path`, whose file holds `document` (as `saveCheck`
    /// says); `ask` shows a question and returns the answer line (nil at the
    /// end of input). Nil when the person chose to quit.
    public static func decide(path: String, document: Matrix, saveCheck: SaveOptions.Expected,
                              ask: (String) -> String?) -> RecoveryStart? {
        var start = RecoveryStart(document: document, saveCheck: saveCheck)
        let recoveryName = TextEscaping.escaped(RecoveryFile.path(for: path))
        let recovery: RecoveryFile?
        do throws(MatrixFileError) {
            recovery = try RecoveryFile.read(for: path)
        } catch {
            let question = "\(TextEscaping.escaped(error.report))\n  d  delete it and open the saved file\n  q  quit\n"
            guard choose(question, [("d", .delete), ("q", .quit)], ask) == .delete else { return nil }
            try? RecoveryFile.delete(for: path)
            start.note = "Deleted the damaged recovery file \(recoveryName)"
            return start
        }
        guard let recovery else { return start }
        let name = TextEscaping.escaped(path)
        let current: FileFingerprint?
        if case .file(let f) = saveCheck { current = f } else { current = nil }
        let sameBase = recovery.saved == nil ? current == nil : current.map { recovery.saved!.sameContent(as: $0) } ?? false
        let who = "\(TextEscaping.escaped(recovery.owner.user)) (process \(recovery.owner.pid) on \(TextEscaping.escaped(recovery.owner.host))"
        let when = localTime(recovery.writtenSeconds)
        let changed = sameBase ? "" : "\(name) has changed on disk since those edits began.\n"
        let recoverLine = "  r  recover the edits: the document opens as it was then, not yet saved\n"
        let keepLine = "  o  open the saved file and keep the recovery file for later\n"
        let deleteLine = "  d  delete the recovery file and open the saved file\n"
        let choice: Choice?
        switch recovery.owner.state {
        case .running:
            choice = choose("\(name) is being edited by \(who));\nits recovery file \(recoveryName) was last written at \(when).\n"
                            + "  o  open it read-only\n  q  quit\n", [("o", .openReadOnly), ("q", .quit)], ask)
        case .otherHost:
            choice = choose("\(name) is being edited by \(who), which cannot be asked from here whether it still runs);\n"
                            + "its recovery file \(recoveryName) was last written at \(when).\n\(changed)"
                            + "  o  open it read-only\n"
                            + "  r  recover the edits (only if that editor is gone)\n"
                            + "  d  delete the recovery file and open the saved file (only if that editor is gone)\n  q  quit\n",
                            [("o", .openReadOnly), ("r", .recover), ("d", .delete), ("q", .quit)], ask)
        case .gone, .thisProcess:
            if sameBase && recovery.document == document {
                // Nothing was left unsaved: a killed editor without edits.
                try? RecoveryFile.delete(for: path)
                return start
            }
            choice = choose("\(name) has edits that were never saved, kept in \(recoveryName)\n"
                            + "by \(who), no longer running) at \(when).\n\(changed)"
                            + recoverLine + keepLine + deleteLine + "  q  quit\n",
                            [("r", .recover), ("o", .open), ("d", .delete), ("q", .quit)], ask)
        }
        switch choice {
        case .recover?:
            start.document = recovery.document
            start.saveCheck = recovery.saved.map { .file($0) } ?? .absent
            start.recovered = true
            start.note = "Recovered the edits of \(when), not yet saved: Ctrl-S saves them"
                + (sameBase ? "" : "; the file changed on disk since, so :w refuses (:w! overwrites, :w FILE writes a copy)")
        case .open?:
            start.keepsRecoveryFile = false
            start.note = "Opened the saved file; \(recoveryName) is kept and this session keeps no recovery file"
        case .openReadOnly?:
            start.readOnly = true
            start.keepsRecoveryFile = false
            start.note = "Read-only: \(name) is being edited by \(who)); :w FILE writes a copy"
        case .delete?:
            try? RecoveryFile.delete(for: path)
            start.note = "Deleted the recovery file \(recoveryName)"
        case .quit?, nil:
            return nil
        }
        return start
    }

    /// Asks until an answer names one of `choices`; nil at the end of input.
    static func choose(_ question: String, _ choices: [(String, Choice)], _ ask: (String) -> String?) -> Choice? {
        let keys = choices.map(\.0)
        let prompt = "Choose " + keys.dropLast().joined(separator: ", ") + " or " + keys.last! + ": "
        var text = question + prompt
        while let line = ask(text) {
            let answer = line.trimmed.lowercased()
            if let hit = choices.first(where: { $0.0 == answer }) { return hit.1 }
            text = prompt
        }
        return nil
    }

    /// `YYYY-MM-DD HH:MM:SS` in local time.
    static func localTime(_ seconds: Int) -> String {
        var t = time_t(seconds)
        var parts = tm()
        localtime_r(&t, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(Int(parts.tm_year) + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))"
    }
}
