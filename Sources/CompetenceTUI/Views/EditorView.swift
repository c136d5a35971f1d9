/// Draws the whole editor from its state: the tab bar, the current view's
/// grid, the status line and the message line; or the help screen.
public enum EditorView {
    /// Renders `state` into a new frame of its screen size.
    public static func render(_ state: EditorState) -> Frame {
        var buffer = Buffer(width: state.width, height: state.height)
        let cursor = render(state, into: &buffer)
        return Frame(buffer: buffer, cursor: cursor)
    }

    /// Renders into `buffer` (already blank); returns the terminal cursor position, if shown.
    public static func render(_ state: EditorState, into buffer: inout Buffer) -> (x: Int, y: Int)? {
        let theme = Theme(color: state.useColor)
        let area = buffer.area
        guard area.height > 0, area.width > 0 else { return nil }
        if case .help(let offset) = state.mode {
            HelpView.render(offset: offset, theme: theme, into: &buffer, area: area.dropping(bottom: 1))
            buffer.put(HelpView.footer(offset: offset, height: area.height - 1), x: 0, y: area.maxY - 1,
                       width: area.width, style: theme.statusLine)
            return nil
        }
        let bottom = area.height >= 2 ? 2 : 1
        let top = area.dropping(bottom: bottom)
        TabBar.render(state, theme: theme, into: &buffer, area: top.row(0))
        let grid = top.dropping(top: 1)
        switch state.view {
        case .roles: GridView.render(state, cells: RolesCells(state: state), theme: theme, into: &buffer, area: grid)
        case .people: GridView.render(state, cells: PeopleCells(state: state), theme: theme, into: &buffer, area: grid)
        case .gaps: GapsView.render(state, theme: theme, into: &buffer, area: grid)
        case .awareness: AwarenessView.render(state, theme: theme, into: &buffer, area: grid)
        }
        if bottom == 2 {
            StatusLine.render(state, theme: theme, into: &buffer, area: area.row(area.height - 2))
        }
        let typing = MessageLine.render(state, theme: theme, into: &buffer, area: area.row(area.height - 1))
        if case .panel(let panel) = state.mode { return PanelView.render(state, panel, theme: theme, into: &buffer, area: grid) }
        return typing
    }
}
