import CompetenceKit

/// The status line: the file, `[+]` when modified, the view (with its
/// filter and sort), and the cell under the cursor in words.
enum StatusLine {
    static func text(_ state: EditorState) -> String {
        var view = state.view.title
        var notes: [String] = []
        notes += state.filterNotes
        if state.sort != .file { notes.append("sort \(state.sort.rawValue)") }
        if !notes.isEmpty { view += " (\(notes.joined(separator: ", ")))" }
        var parts = [TextEscaping.escaped(state.path) + (state.readOnly ? " [read-only]" : "") + (state.isModified ? " [+]" : "")]
        if state.asOf != state.today { parts.append("as of \(state.asOf)") }
        parts.append(view)
        let cell = state.cellDescription
        if !cell.isEmpty { parts.append(cell) }
        return " " + parts.joined(separator: " │ ")
    }

    static func render(_ state: EditorState, theme: Theme, into buffer: inout Buffer, area: Rect) {
        guard area.height > 0 else { return }
        buffer.put(text(state), x: area.x, y: area.y, width: area.width, style: theme.statusLine)
    }
}
