/// Lays a `PrintTable` out in fixed-width text: column widths by display
/// width, titles wrapped onto up to three lines, and a table wider than the
/// page split into blocks that each repeat the row-naming columns, like a
/// spreadsheet's page layout. Widths are computed once for the whole table,
/// so a column is as wide in every block.
struct TextTableLayout {
    /// Column titles wrap at this width when their cells are narrower.
    static let titleWrap = 12
    static let maxTitleLines = 3
    /// Indent of rows under a group heading.
    static let indent = "  "

    let table: PrintTable
    let rules: TextRules
    let width: Int
    /// `cells[group][row][column]`, as printed (the first column indented under headings).
    let cells: [[[String]]]
    let widths: [Int]
    /// Data columns (after the row-naming ones) of each block.
    let blocks: [[Int]]

    init(_ table: PrintTable, width: Int, rules: TextRules) {
        self.table = table
        self.rules = rules
        self.width = width
        let n = table.columns.count
        let indent = table.hasHeadings ? TextTableLayout.indent : ""
        let cells = table.groups.map { group in
            group.rows.map { row in
                (0..<n).map { c in
                    let text = c < row.cells.count ? row.cells[c].text : ""
                    return c == 0 ? indent + text : text
                }
            }
        }
        self.cells = cells
        var widths = (0..<n).map { c in TextTableLayout.naturalWidth(table.columns[c].title, cells: cells, column: c) }
        let sep = DisplayWidth.of(rules.separator)
        let frozen = min(table.rowHeaderColumns, n)
        if frozen > 0 {
            let cap = max(8, width * 2 / 5 / frozen)
            for c in 0..<frozen { widths[c] = min(widths[c], cap) }
        }
        let frozenWidth = widths[0..<frozen].reduce(0, +) + sep * max(0, frozen - 1)
        let room = max(1, width - frozenWidth - (frozen > 0 ? sep : 0))
        for c in frozen..<n { widths[c] = min(widths[c], room) }
        self.widths = widths
        blocks = TextTableLayout.blocks(widths: widths, frozen: frozen, frozenWidth: frozenWidth, separator: sep, width: width)
    }

    /// The widest cell, or the title's width when wrapped at `titleWrap`,
    /// narrowed as far as it goes without adding a line (so that "ヒアリング能力"
    /// wraps as ヒアリン / グ能力, not ヒアリング能 / 力).
    static func naturalWidth(_ title: String, cells: [[[String]]], column c: Int) -> Int {
        var content = 0
        for group in cells { for row in group { content = max(content, DisplayWidth.of(row[c])) } }
        let wrapAt = max(content, min(DisplayWidth.of(title), titleWrap))
        let lineCount = TextWrapping.wrap(title, width: wrapAt).count
        // Never narrower than the longest word, so words are not cut.
        let longestWord = TextWrapping.pieces(of: title).map(\.width).max() ?? 0
        var w = max(content, min(longestWord, wrapAt), 1)
        while w < wrapAt && TextWrapping.wrap(title, width: w).count > lineCount { w += 1 }
        let titleWidth = TextWrapping.wrap(title, width: w).map(DisplayWidth.of).max() ?? 0
        return max(content, titleWidth)
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
        for (g, group) in table.groups.enumerated() {
            if let heading = group.heading {
                out += TextWrapping.wrap(heading, width: max(1, blockWidth)).map(trimmed)
            }
            for row in cells[g] {
                out.append(trimmed(columns.map { pad(row[$0], column: $0) }.joined(separator: rules.separator)))
            }
        }
        return out
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
