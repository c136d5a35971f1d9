import CompetenceKit

/// Where things are on screen. The frame is: tab bar (row 0), the frozen
/// header row (row 1), the body, the status line and the message line. The
/// grid is the frozen name column, a `│`, then columns each preceded by a
/// space. Every width is in display columns.
extension EditorState {
    /// First screen row of the grid body.
    public static let bodyTop = 2

    /// Rows of the grid body.
    public var bodyHeight: Int { max(0, height - 4) }

    /// The name shown for a row, escaped.
    func rowTitle(_ v: ViewKind, _ r: Int) -> String {
        switch v {
        case .roles: return TextEscaping.escaped(document.skills[skillRows[r]].name)
        case .people: return TextEscaping.escaped(document.people[peopleRows[r]].name)
        case .gaps, .awareness: return reviewRowTitle(r)
        }
    }

    /// The name shown over a column, escaped.
    func columnTitle(_ v: ViewKind, _ c: Int) -> String {
        switch v {
        case .roles: return TextEscaping.escaped(document.roles[c].name)
        case .people: return TextEscaping.escaped(document.skills[skillColumns[c]].name)
        case .gaps, .awareness: return ""
        }
    }

    /// The header over the name column.
    func nameHeader(_ v: ViewKind) -> String {
        switch v {
        case .roles: return "Skill \\ Role"
        case .people: return "Person \\ Skill"
        case .gaps, .awareness: return ""
        }
    }

    /// Width of the frozen name column: the longest name, within a third of the screen.
    func nameColumnWidth(_ v: ViewKind) -> Int {
        var natural = DisplayWidth.of(nameHeader(v))
        switch v {
        case .roles:
            for s in skillRows { natural = max(natural, DisplayWidth.of(TextEscaping.escaped(document.skills[s].name))) }
            natural = max(natural, DisplayWidth.of(SkillCategory.business.title), DisplayWidth.of(SkillCategory.security.title))
        case .people, .gaps, .awareness:
            natural = max(natural, peopleNameWidth)
        }
        // One column of air before the rule.
        return max(1, min(natural + 1, max(8, width / 3)))
    }

    /// Widest a cell column may be on this screen; names past it end in "…".
    func columnCap(_ v: ViewKind) -> Int {
        max(3, min(20, (width - nameColumnWidth(v) - 1) / 4))
    }

    /// Width of column `c`: its name's width, at least 3 (a level and its marks), at most the cap.
    func columnWidth(_ v: ViewKind, _ c: Int, cap: Int) -> Int {
        max(3, min(cap, DisplayWidth.of(columnTitle(v, c))))
    }

    /// Rows of business skills at the top of the Roles view.
    var businessRowCount: Int {
        var n = 0
        while n < skillRows.count, document.skills[skillRows[n]].category == .business { n += 1 }
        return n
    }

    /// Display lines of a view's body, headings included.
    func lineCount(_ v: ViewKind) -> Int {
        switch v {
        case .roles:
            let b = businessRowCount
            return skillRows.count + (b > 0 ? 1 : 0) + (skillRows.count > b ? 1 : 0)
        case .people, .gaps, .awareness: return rowCount(v)
        }
    }

    /// What display line `i` of a view shows.
    func line(_ v: ViewKind, _ i: Int, businessRows b: Int) -> GridLine {
        switch v {
        case .people, .gaps, .awareness: return .row(i)
        case .roles:
            if b > 0 {
                if i == 0 { return .heading(SkillCategory.business.title) }
                if i <= b { return .row(i - 1) }
                if i == b + 1 { return .heading(SkillCategory.security.title) }
                return .row(i - 2)
            }
            return i == 0 ? .heading(SkillCategory.security.title) : .row(i - 1)
        }
    }

    /// The display line a row is drawn on.
    func lineIndex(_ v: ViewKind, row r: Int, businessRows b: Int) -> Int {
        switch v {
        case .people, .gaps, .awareness: return r
        case .roles: return r + (b > 0 ? 1 : 0) + (r >= b ? 1 : 0)
        }
    }

    /// Scrolls the current view so the cursor cell is on screen, with the
    /// heading above it when it is the first of its group. Looks only at
    /// the lines and columns between the old scroll and the cursor.
    mutating func scrollToCursor() {
        guard view.isGrid else { return scrollReview() }
        var c = cursor
        guard hasCell else {
            c.top = 0
            c.left = 0
            cursor = c
            return
        }
        let b = view == .roles ? businessRowCount : 0
        let line = lineIndex(view, row: c.row, businessRows: b)
        let body = max(1, bodyHeight)
        c.top = min(c.top, max(0, lineCount(view) - body))
        if line < c.top { c.top = line }
        if line >= c.top + body { c.top = line - body + 1 }
        if c.top == line, line > 0, body > 1, case .heading = self.line(view, line - 1, businessRows: b) { c.top = line - 1 }
        if c.column < c.left { c.left = c.column }
        let cap = columnCap(view)
        let start = nameColumnWidth(view) + 1
        while c.left < c.column {
            var x = start
            for col in c.left...c.column { x += 1 + columnWidth(view, col, cap: cap) }
            if x <= width { break }
            c.left += 1
        }
        cursor = c
    }
}
