/// The text being typed on the command or search line, with a cursor and a
/// history to walk with Up and Down.
public struct LineEditor: Equatable, Sendable {
    /// The typed text, as characters so that the cursor moves over whole ones.
    public private(set) var text: [Character] = []
    /// Cursor position, 0...text.count.
    public private(set) var cursor = 0
    /// Earlier lines, oldest first.
    var history: [String]
    /// Position in `history` while walking it; `history.count` is the line being typed.
    private var historyIndex: Int
    /// The line being typed before walking the history, given back past the newest entry.
    private var draft: [Character] = []

    public init(history: [String] = []) {
        self.history = history
        historyIndex = history.count
    }

    public var string: String { String(text) }

    public mutating func insert(_ c: Character) {
        text.insert(c, at: cursor)
        cursor += 1
    }

    /// Deletes before the cursor; false when there was nothing to delete.
    @discardableResult
    public mutating func backspace() -> Bool {
        guard cursor > 0 else { return false }
        text.remove(at: cursor - 1)
        cursor -= 1
        return true
    }

    public mutating func deleteForward() {
        if cursor < text.count { text.remove(at: cursor) }
    }

    public mutating func left() { cursor = max(0, cursor - 1) }
    public mutating func right() { cursor = min(text.count, cursor + 1) }
    public mutating func home() { cursor = 0 }
    public mutating func end() { cursor = text.count }

    /// Up: the previous line of history.
    public mutating func older() {
        guard historyIndex > 0 else { return }
        if historyIndex == history.count { draft = text }
        historyIndex -= 1
        set(Array(history[historyIndex]))
    }

    /// Down: the next line of history, then the line that was being typed.
    public mutating func newer() {
        guard historyIndex < history.count else { return }
        historyIndex += 1
        set(historyIndex == history.count ? draft : Array(history[historyIndex]))
    }

    private mutating func set(_ t: [Character]) {
        text = t
        cursor = t.count
    }
}
