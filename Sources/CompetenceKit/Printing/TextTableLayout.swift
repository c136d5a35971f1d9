/// Lays a `PrintTable` out in fixed-width text: column widths by display
/// width, titles wrapped onto up to three lines, long text in wrapping
/// columns wrapped inside its cell, and a table still wider than the page
/// split into blocks that each repeat the row-naming columns, like a
/// spreadsheet's page layout. Widths are computed once for the whole table,
/// so a column is as wide in every block.
struct TextTableLayout {
    /// Column titles wrap at this width when their cells are narrower.
    static let titleWrap = 12
    static let maxTitleLines = 3
    /// A wrapping column is not narrowed below this, nor below its longest word.
    static let minimumWrapWidth = 12
    /// Indent of rows under a group heading.
    static let indent = "  "

    let table: PrintTable
    let rules: TextRules
    let width: Int
    /// Before the first column's cells under group headings.
    let indent: String
    let widths: [Int]
    /// Data columns (after the row-naming ones) of each block.
    let blocks: [[Int]]

    init(_ table: PrintTable, width: Int, rules: TextRules) {
        self.table = table
        self.rules = rules
        self.width = width
        let indent = table.hasHeadings ? TextTableLayout.indent : ""
        self.indent = indent
        let n = table.columns.count
        let sep = DisplayWidth.of(rules.separator)
        let frozen = min(table.rowHeaderColumns, n)
        var widths = (0..<n).map { TextTableLayout.naturalWidth(table, column: $0, indent: indent) }
        if frozen > 0 {
            let cap = max(8, width * 2 / 5 / frozen)
            for c in 0..<frozen { widths[c] = min(widths[c], cap) }
        }
        TextTableLayout.narrowWrappingColumns(table, widths: &widths, indent: indent, separator: sep, width: width)
        let frozenWidth = widths[0..<frozen].reduce(0, +) + sep * max(0, frozen - 1)
        let room = max(1, width - frozenWidth - (frozen > 0 ? sep : 0))
        for c in frozen..<n { widths[c] = min(widths[c], room) }
        self.widths = widths
        blocks = TextTableLayout.blocks(widths: widths, frozen: frozen, frozenWidth: frozenWidth, separator: sep, width: width)
    }

    static func cellText(_ row: PrintTable.Row, _ c: Int) -> String {
        c < row.cells.count ? row.cells[c].text : ""
    }

    /// The widest cell, or the title's width when wrapped at `titleWrap`,
    /// narrowed as far as it goes without adding a line (so that "ヒアリング能力"
    /// wraps as ヒアリン / グ能力, not ヒアリング能 / 力).
    static func naturalWidth(_ table: PrintTable, column c: Int, indent: String) -> Int {
        let lead = c == 0 ? DisplayWidth.of(indent) : 0
        var content = 0
        for group in table.groups {
            for row in group.rows { content = max(content, lead + DisplayWidth.of(cellText(row, c))) }
        }
        let title = table.columns[c].title
        let wrapAt = max(content, min(DisplayWidth.of(title), titleWrap))
        let lineCount = TextWrapping.wrap(title, width: wrapAt).count
        // Never narrower than the longest word, so words are not cut.
        let longestWord = TextWrapping.pieces(of: title).map(\.width).max() ?? 0
        var w = max(content, min(longestWord, wrapAt), 1)
        while w < wrapAt && TextWrapping.wrap(title, width: w).count > lineCount { w += 1 }
        let titleWidth = TextWrapping.wrap(title, width: w).map(DisplayWidth.of).max() ?? 0
        return max(content, titleWidth)
    }

    /// Narrows wrapping columns, the last first, until the whole table fits
    /// the page or each is down to its minimum: a list reads better with
    /// wrapped cells than split into blocks. A row-naming column (repeated in
    /// every block) is narrowed only when that makes the table fit.
    static func narrowWrappingColumns(_ table: PrintTable, widths: inout [Int], indent: String, separator sep: Int, width: Int) {
        let frozen = min(table.rowHeaderColumns, table.columns.count)
        let wrapping = table.columns.indices.filter { table.columns[$0].wraps }
        var over = widths.reduce(0, +) + sep * max(0, widths.count - 1) - width
        for c in wrapping.reversed() where c >= frozen && over > 0 {
            narrow(table, column: c, widths: &widths, over: &over, indent: indent)
        }
        var trial = widths
        for c in wrapping.reversed() where c < frozen && over > 0 {
            narrow(table, column: c, widths: &trial, over: &over, indent: indent)
        }
        if over <= 0 { widths = trial }
    }

    /// Takes up to `over` columns off a wrapping column, down to its minimum.
    static func narrow(_ table: PrintTable, column c: Int, widths: inout [Int], over: inout Int, indent: String) {
        let lead = c == 0 ? DisplayWidth.of(indent) : 0
        var longest = 0
        for group in table.groups {
            for row in group.rows {
                longest = max(longest, TextWrapping.pieces(of: cellText(row, c)).map(\.width).max() ?? 0)
            }
        }
        let minimum = min(widths[c], max(minimumWrapWidth, lead + longest))
        let cut = min(over, widths[c] - minimum)
        widths[c] -= cut
        over -= cut
    }

    /// Fills blocks with data columns left to right until the next would overflow.
    static func blocks(widths: [Int], frozen: Int, frozenWidth: Int, separator sep: Int, width: Int) -> [[Int]] {
        var blocks: [[Int]] = []
        var current: [Int] = []
        var used = frozenWidth
        for c in frozen..<widths.count {
            let add = (used > 0 ? sep : 0) + widths[c]
            if !current.isEmpty && used + add > width {
                blocks.append(current)
                current = []
                used = frozenWidth
            }
            used += (used > 0 ? sep : 0) + widths[c]
            current.append(c)
        }
        if !current.isEmpty || blocks.isEmpty { blocks.append(current) }
        return blocks
    }

    /// Every line of every block; blocks apart by a blank line and numbered when more than one.
    func lines() -> [String] {
        var out: [String] = []
        let frozen = Array(0..<min(table.rowHeaderColumns, table.columns.count))
        for (i, block) in blocks.enumerated() {
            if blocks.count > 1 {
                if i > 0 { out.append("") }
                out.append("Part \(i + 1) of \(blocks.count)")
            }
            out += lines(columns: frozen + block)
        }
        return out
    }

    func lines(columns: [Int]) -> [String] {
        var out = titleLines(columns)
        out.append(columns.map { String(repeating: rules.horizontal, count: widths[$0]) }.joined(separator: rules.crossing))
        let blockWidth = columns.map { widths[$0] }.reduce(0, +) + DisplayWidth.of(rules.separator) * (columns.count - 1)
        for group in table.groups {
            if let heading = group.heading {
                out += TextWrapping.wrap(heading, width: max(1, blockWidth)).map(trimmed)
            }
            for row in group.rows { out += rowLines(row, columns: columns) }
        }
        return out
    }

    /// One row: one line, or more where a wrapping column's text wraps.
    func rowLines(_ row: PrintTable.Row, columns: [Int]) -> [String] {
        let cells = columns.map { c -> [String] in
            let lead = c == 0 ? indent : ""
            let text = TextTableLayout.cellText(row, c)
            guard table.columns[c].wraps else { return [lead + text] }
            return TextWrapping.wrap(text, width: max(1, widths[c] - DisplayWidth.of(lead))).map { lead + $0 }
        }
        let height = cells.map(\.count).max() ?? 1
        return (0..<height).map { line in
            trimmed(zip(columns, cells).map { c, lines in
                pad(line < lines.count ? lines[line] : "", column: c)
            }.joined(separator: rules.separator))
        }
    }

    /// Column titles, bottom-aligned so that one-line titles sit on the rule.
    func titleLines(_ columns: [Int]) -> [String] {
        let wrapped = columns.map { c -> [String] in
            var lines = TextWrapping.wrap(table.columns[c].title, width: widths[c])
            if lines.count > TextTableLayout.maxTitleLines {
                let rest = lines[(TextTableLayout.maxTitleLines - 1)...].joined(separator: " ")
                lines = Array(lines[..<(TextTableLayout.maxTitleLines - 1)]) + [rest]
            }
            return lines
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { line in
            trimmed(zip(columns, wrapped).map { c, lines in
                let i = line - (height - lines.count)
                return pad(i >= 0 ? lines[i] : "", column: c)
            }.joined(separator: rules.separator))
        }
    }

    /// `text` cut to the column's width (with the rules' ellipsis) and aligned in it.
    func pad(_ text: String, column c: Int) -> String {
        let w = widths[c]
        let cut = DisplayWidth.truncate(text, to: w, ellipsis: rules.ellipsis)
        let free = max(0, w - DisplayWidth.of(cut))
        switch table.columns[c].alignment {
        case .left: return cut + String(repeating: " ", count: free)
        case .right: return String(repeating: " ", count: free) + cut
        case .center:
            let left = free / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: free - left)
        }
    }

    func trimmed(_ line: String) -> String {
        var s = Substring(line)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
