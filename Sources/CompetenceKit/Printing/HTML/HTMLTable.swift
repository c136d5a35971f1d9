/// One block of a `PrintTable` as an HTML table: fixed column widths in em
/// (a text column's width plus the gap between columns), the titles in a
/// `thead` that browsers repeat on every printed page, one `tbody` per group
/// under its heading row, the row-naming cells as row headers, and level
/// cells with their level name in a `title` and their marks as symbols.
struct HTMLTable {
    let table: PrintTable
    /// The columns of this block, row-naming ones first.
    let columns: [Int]
    /// Text widths of every column of the table.
    let widths: [Int]
    let levelNames: [String]

    /// Rules for laying the table out as text: only the separator's width
    /// (the gap between columns) matters.
    static let rules = TextRules(separator: String(repeating: " ", count: PageSetup.columnGap),
                                 horizontal: " ", crossing: "  ", ellipsis: "…")

    var html: String {
        var lines = ["<table>", "<colgroup>"]
        lines += columns.map { "<col style=\"width: \(PageSetup.cssWidth(columns: widths[$0] + PageSetup.columnGap))\">" }
        lines += ["</colgroup>", "<thead>"]
        lines.append("<tr>" + columns.map { c in
            "<th scope=\"col\"\(alignmentClass(c))>\(HTMLTable.breakable(table.columns[c].title))</th>"
        }.joined() + "</tr>")
        lines.append("</thead>")
        for group in table.groups {
            lines.append("<tbody>")
            if let heading = group.heading {
                lines.append("<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"\(columns.count)\">\(HTMLEscaping.escaped(heading))</th></tr>")
            }
            for row in group.rows { lines.append(self.row(row)) }
            lines.append("</tbody>")
        }
        lines.append("</table>")
        return lines.joined(separator: "\n")
    }

    /// A column title escaped, with a line-break opportunity after each `/`:
    /// capitals are wider than the text layout's columns, and "ISMS/PMS
    /// rules" should wrap after the slash rather than inside "PMS".
    static func breakable(_ title: String) -> String {
        HTMLEscaping.escaped(title).split(separator: "/", omittingEmptySubsequences: false).joined(separator: "/<wbr>")
    }

    func row(_ r: PrintTable.Row) -> String {
        "<tr>" + columns.map { c in
            let cell = c < r.cells.count ? r.cells[c] : .empty
            return c < table.rowHeaderColumns ? "<th scope=\"row\">\(content(cell))</th>" : self.cell(cell, column: c)
        }.joined() + "</tr>"
    }

    func cell(_ cell: PrintCell, column c: Int) -> String {
        guard case .level(let level) = cell else { return "<td\(alignmentClass(c))>\(content(cell))</td>" }
        var classes = ["lv"]
        if level.marks.contains(.short) { classes.append("short") }
        if level.marks.contains(.due) { classes.append("due") }
        if level.marks.contains(.exempt) { classes.append("exempt") }
        let title = describe(level)
        let attribute = title.isEmpty ? "" : " title=\"\(HTMLEscaping.escaped(title))\""
        return "<td class=\"\(classes.joined(separator: " "))\"\(attribute)>\(content(cell))</td>"
    }

    /// What a cell holds: text escaped; a level's marks in spans so they can
    /// be made to stand out; a link as an anchor.
    func content(_ cell: PrintCell) -> String {
        switch cell {
        case .level(let level):
            let marks: Set<Character> = [Character(CellMarks.shortSymbol), Character(CellMarks.dueSymbol)]
            return level.label.map { c in
                marks.contains(c) ? "<span class=\"mk\">\(c)</span>" : HTMLEscaping.escaped(String(c))
            }.joined()
        case .link(let text, let target):
            return "<a href=\"\(HTMLEscaping.escaped(target))\">\(HTMLEscaping.escaped(text))</a>"
        default:
            return HTMLEscaping.escaped(cell.text)
        }
    }

    /// "2: Understands it; short of the requirement", for a level cell's tooltip.
    func describe(_ cell: LevelCell) -> String {
        var parts: [String] = []
        if cell.level > 0 {
            let name = cell.level <= levelNames.count ? levelNames[cell.level - 1] : ""
            parts.append(name.isEmpty ? String(cell.level) : "\(cell.level): \(name)")
        } else if !cell.marks.isEmpty {
            parts.append("no level")
        }
        if cell.marks.contains(.short) { parts.append("short of the requirement") }
        if cell.marks.contains(.due) { parts.append("due for refresh") }
        if cell.marks.contains(.exempt) { parts.append("exempt") }
        return parts.joined(separator: "; ")
    }

    func alignmentClass(_ c: Int) -> String {
        switch table.columns[c].alignment {
        case .left: return ""
        case .center: return " class=\"c\""
        case .right: return " class=\"r\""
        }
    }
}
