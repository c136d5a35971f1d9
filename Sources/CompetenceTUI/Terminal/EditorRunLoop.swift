import CompetenceKit

/// Draws, reads a key, lets the session handle it and perform its effect,
/// until the session says to close. Ctrl-Z suspends the editor to the shell
/// (`fg` brings it back, redrawn), whatever the mode.
///
/// Extension points: `afterKey` runs after every key (a recovery file
/// writer can look at `isModified` there); `idle` runs when no key came
/// within `idleMilliseconds`, or within what `timeout` asks before each wait
/// (for work kept off the key-press path: the frame of the last key is
/// already drawn); `beforeSuspend` runs before Ctrl-Z stops the process.
public struct EditorRunLoop {
    public var idleMilliseconds: Int?
    public var afterKey: (inout EditorSession) -> Void
    public var idle: (inout EditorSession) -> Void
    public var timeout: (EditorSession) -> Int?
    public var beforeSuspend: (inout EditorSession) -> Void

    public init(idleMilliseconds: Int? = nil,
                afterKey: @escaping (inout EditorSession) -> Void = { _ in },
                idle: @escaping (inout EditorSession) -> Void = { _ in },
                timeout: @escaping (EditorSession) -> Int? = { _ in nil },
                beforeSuspend: @escaping (inout EditorSession) -> Void = { _ in }) {
        self.idleMilliseconds = idleMilliseconds
        self.afterKey = afterKey
        self.idle = idle
        self.timeout = timeout
        self.beforeSuspend = beforeSuspend
    }

    /// Runs the editor on `backend` until it quits.
    public func run(_ session: inout EditorSession, on backend: TerminalBackend) {
        let size = backend.size
        _ = session.state.handle(.resize(width: size.width, height: size.height))
        while true {
            backend.draw(EditorView.render(session.state))
            let wait = [timeout(session), idleMilliseconds].compactMap { $0 }.min()
            guard let key = backend.readKey(timeoutMilliseconds: wait) else {
                idle(&session)
                continue
            }
            if key == .ctrl("z") {
                beforeSuspend(&session)
                backend.suspend()
                let size = backend.size
                _ = session.state.handle(.resize(width: size.width, height: size.height))
                continue
            }
            session.state.today = Day.today()
            guard session.send(key) else { return }
            afterKey(&session)
        }
    }
}
