import CompetenceKit

/// Draws, reads a key, lets the session handle it and perform its effect,
/// until the session says to close.
///
/// Extension points: `afterKey` runs after every key (a recovery file
/// writer can look at `isModified` there); `idle` runs when no key came
/// within `idleMilliseconds` (for work kept off the key-press path).
public struct EditorRunLoop {
    public var idleMilliseconds: Int?
    public var afterKey: (inout EditorSession) -> Void
    public var idle: (inout EditorSession) -> Void

    public init(idleMilliseconds: Int? = nil,
                afterKey: @escaping (inout EditorSession) -> Void = { _ in },
                idle: @escaping (inout EditorSession) -> Void = { _ in }) {
        self.idleMilliseconds = idleMilliseconds
        self.afterKey = afterKey
        self.idle = idle
    }

    /// Runs the editor on `backend` until it quits.
    public func run(_ session: inout EditorSession, on backend: TerminalBackend) {
        let size = backend.size
        _ = session.state.handle(.resize(width: size.width, height: size.height))
        while true {
            backend.draw(EditorView.render(session.state))
            guard let key = backend.readKey(timeoutMilliseconds: idleMilliseconds) else {
                idle(&session)
                continue
            }
            session.state.today = Day.today()
            guard session.send(key) else { return }
            afterKey(&session)
        }
    }
}
