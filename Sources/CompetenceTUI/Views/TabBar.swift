import CompetenceKit

/// The top row: the views Tab cycles through, the current one highlighted,
/// then the document's title.
enum TabBar {
    static func render(_ state: EditorState, theme: Theme, into buffer: inout Buffer, area: Rect) {
        guard area.height > 0 else { return }
        var x = area.x
        for v in ViewKind.allCases {
            x += buffer.put(" \(v.title) ", x: x, y: area.y, limit: area.maxX - x, style: v == state.view ? theme.activeTab : theme.tab)
        }
        let title = state.document.title.map(TextEscaping.escaped) ?? "(untitled)"
        let help = "? help"
        let room = area.maxX - x - 2
        let helpWidth = DisplayWidth.of(help)
        if room > helpWidth + 2 {
            buffer.put(title, x: x + 2, y: area.y, width: room - helpWidth - 2, style: theme.title)
            buffer.put(help, x: area.maxX - helpWidth, y: area.y, style: theme.hint)
        } else if room > 0 {
            buffer.put(title, x: x + 2, y: area.y, width: room, style: theme.title)
        }
    }
}
