import CompetenceKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps the document's recovery file (docs/safety.md) in step with the
/// editor, off the key-press path: the run loop asks `timeout` before it
/// waits for a key and calls `tick` when none came, so the file is written
/// after the frame of the last key is drawn, at most once per `interval`.
///
/// The file exists from the first idle moment after the editor opens until
/// a clean quit removes it, so a second editor on the same file is told who
/// is editing it; a kill, a crash or a power loss leaves it behind with the
/// edits as they were at its last write.
public final class RecoveryKeeper {
    public let path: String
    public let interval: Double
    /// False while this session must not touch the recovery file: the person
    /// chose to open the saved file and keep someone's recovery file.
    public let enabled: Bool
    private let clock: () -> Double
    /// What the recovery file holds, once this session has written it.
    private var written: (revision: Int, saved: SaveOptions.Expected)?
    private var lastWrite: Double?
    private var reportedFailure: String?

    public init(path: String, enabled: Bool = true, interval: Double = 1, clock: @escaping () -> Double = RecoveryKeeper.monotonicSeconds) {
        self.path = path
        self.enabled = enabled
        self.interval = interval
        self.clock = clock
    }

    /// Whether the recovery file lags behind the editor.
    public func isPending(_ session: EditorSession) -> Bool {
        guard enabled else { return false }
        guard let written else { return true }
        return written.revision != session.state.documentRevision || written.saved != session.saveCheck
    }

    /// Milliseconds until the next write is due; nil when nothing is pending.
    public func timeout(for session: EditorSession) -> Int? {
        guard isPending(session) else { return nil }
        guard let lastWrite else { return 0 }
        return max(0, Int(((lastWrite + interval - clock()) * 1000).rounded(.up)))
    }

    /// Writes the recovery file when it lags and the interval has passed.
    public func tick(_ session: inout EditorSession) {
        guard isPending(session), clock() >= (lastWrite ?? -interval) + interval else { return }
        write(&session)
    }

    /// Writes it now if it lags: before the editor stops for Ctrl-Z, as the
    /// shell may never bring it back.
    public func flush(_ session: inout EditorSession) {
        if isPending(session) { write(&session) }
    }

    /// A clean quit: the recovery file goes, edits saved or discarded.
    public func finish() {
        guard enabled else { return }
        try? RecoveryFile.delete(for: path)
    }

    private func write(_ session: inout EditorSession) {
        lastWrite = clock()
        let saved: FileFingerprint?
        if case .file(let f) = session.saveCheck { saved = f } else { saved = nil }
        do throws(MatrixFileError) {
            try RecoveryFile.write(session.state.document, for: path, saved: saved)
            reportedFailure = nil
        } catch {
            // Said once per cause, the cause first (the message line may cut
            // the rest); tried again after the next edit.
            let text: String
            if case .unwritable(_, let reason) = error { text = reason } else { text = error.description }
            if reportedFailure != text {
                reportedFailure = text
                session.state.message = .error("No recovery file (\(TextEscaping.escaped(text))): save often, a crash would lose unsaved edits")
            }
        }
        written = (session.state.documentRevision, session.saveCheck)
    }

    /// Seconds on a clock that only moves forward.
    public static func monotonicSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
