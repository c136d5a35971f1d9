/// What the keys currently do.
public enum Mode: Equatable, Sendable {
    /// Moving and editing cells.
    case normal
    /// Typing a `:` command.
    case command(LineEditor)
    /// Typing a `/` search.
    case search(LineEditor)
    /// A y/n question; `n` and Esc cancel.
    case confirm(Question)
    /// The help screen, scrolled by `offset` lines.
    case help(offset: Int)
    /// The evidence form, the history pane or the awareness choice, over the view.
    case panel(Panel)
}

/// A question the editor asks before doing something that loses data.
public struct Question: Equatable, Sendable {
    public enum Pending: Equatable, Sendable {
        case quit
        case deleteSkill(Int)
        case deleteRole(Int)
        case deletePerson(Int)
    }

    public var text: String
    public var pending: Pending
}

/// A line for the user at the bottom of the screen, until the next key.
public struct Message: Equatable, Sendable {
    public enum Kind: Sendable { case info, error }
    public var text: String
    public var kind: Kind

    public static func info(_ text: String) -> Message { Message(text: text, kind: .info) }
    public static func error(_ text: String) -> Message { Message(text: text, kind: .error) }
}
