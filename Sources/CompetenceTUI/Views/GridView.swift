import CompetenceKit

/// Draws the current view's grid: the frozen header row and name column,
/// then only the lines and columns that fit, from the view's scroll position.
enum GridView {
    static func render(_ state: EditorState, cells: some GridCells, theme: Theme, into buffer: inout Buffer, area: Rect) {
        guard area.height > 0, area.width > 0 else { return }
        let v = state.view, c = state.cursor
        let nameWidth = min(state.nameColumnWidth(v), area.width)
        // Names stop one column short of the rule, so a cut name never touches it.
        let nameText = max(1, nameWidth - 1)
        let cap = state.columnCap(v)
        var columns: [(index: Int, x: Int, width: Int)] = []
        var x = area.x + nameWidth + 1
        var col = c.left
        while col < state.columnCount(v), x + 1 < area.maxX {
            let w = state.columnWidth(v, col, cap: cap)
            columns.append((col, x + 1, w))
            x += 1 + w
            col += 1
        }
        let hasCell = state.rowCount(v) > 0 && columns.count > 0

        // Header row.
        let y0 = area.y
        buffer.put(state.nameHeader(v), x: area.x, y: y0, width: nameText, style: theme.header)
        buffer.put(c.left > 0 ? "◂" : "│", x: area.x + nameWidth, y: y0, style: theme.rule)
        for (index, cx, w) in columns {
            let style = hasCell && index == c.column ? theme.header.merged(theme.cursorName) : theme.header
            buffer.put(state.columnTitle(v, index), x: cx, y: y0, width: min(w, area.maxX - cx), style: style)
        }
        if col < state.columnCount(v), area.width > nameWidth + 2 {
            buffer.put("▸", x: area.maxX - 1, y: y0, style: theme.rule)
        }

        // Body.
        let body = area.dropping(top: 1)
        let b = v == .roles ? state.businessRowCount : 0
        let lines = state.lineCount(v)
        let indices = columns.map(\.index)
        for i in 0..<body.height {
            let lineIndex = c.top + i
            let y = body.y + i
            guard lineIndex < lines else { break }
            switch state.line(v, lineIndex, businessRows: b) {
            case .heading(let text):
                buffer.put(text, x: area.x, y: y, width: nameText, style: theme.heading)
                buffer.put("│", x: area.x + nameWidth, y: y, style: theme.rule)
            case .row(let r):
                let onCursorRow = r == c.row
                buffer.put(state.rowTitle(v, r), x: area.x, y: y, width: nameText,
                           style: onCursorRow ? theme.cursorName : theme.name)
                buffer.put("│", x: area.x + nameWidth, y: y, style: theme.rule)
                for (k, content) in cells.cells(row: r, columns: indices).enumerated() {
                    let (index, cx, w) = columns[k]
                    var style = theme.cell(content.tone)
                    if onCursorRow && index == c.column { style = style.highlighted }
                    let marks = theme.marks(content.tone)
                    let textWidth = content.text.unicodeScalars.count, marksWidth = marks.unicodeScalars.count
                    let shown = min(w, area.maxX - cx)
                    buffer.fill(Rect(x: cx, y: y, width: shown, height: 1), with: Cell(scalar: " ", width: 1, style: style))
                    // The level stays centred; marks follow it.
                    let pad = max(0, min((w - textWidth) / 2, w - textWidth - marksWidth))
                    let used = buffer.put(content.text, x: cx + pad, y: y, limit: max(0, shown - pad), style: style)
                    if !marks.isEmpty {
                        buffer.put(marks, x: cx + pad + used, y: y, limit: max(0, shown - pad - used), style: style)
                    }
                }
            }
        }
        if state.rowCount(v) == 0 || state.columnCount(v) == 0 {
            let hint = ["Nothing here yet. Add with:"] + state.emptyViewCommands.map { "  " + $0 }
            let start = min(lines, max(0, body.height - hint.count))
            for (i, text) in hint.enumerated() where start + i < body.height {
                buffer.put(text, x: area.x, y: body.y + start + i, limit: area.width, style: theme.hint)
            }
        }
    }
}

extension Style {
    /// This style with the other's attributes added.
    func merged(_ other: Style) -> Style {
        var s = self
        if other.foreground != .default { s.foreground = other.foreground }
        if other.background != .default { s.background = other.background }
        s.bold = s.bold || other.bold
        s.reverse = s.reverse || other.reverse
        s.underline = s.underline || other.underline
        s.dim = s.dim || other.dim
        return s
    }
}
