/// A key press (or a window resize) as the editor sees it, independent of
/// the terminal library that read it.
public enum Key: Hashable, Sendable {
    /// A typed character, including whole Japanese characters from an input method.
    case char(Character)
    /// Ctrl with a letter, lower case: `.ctrl("s")` is Ctrl-S.
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace, delete
    /// The terminal changed size; the editor redraws at once.
    case resize(width: Int, height: Int)
    /// A key the terminal reported that the editor has no name for.
    case unknown(Int)

    /// How the key is named in messages ("Ctrl-Z", "F5", "x").
    public var label: String {
        switch self {
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-\(String(c).uppercased())"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .resize: return "resize"
        case .unknown(let code): return "key \(code)"
        }
    }

    /// Keys for a string typed character by character (for tests and scripted input).
    public static func typing(_ text: String) -> [Key] { text.map { .char($0) } }
}
