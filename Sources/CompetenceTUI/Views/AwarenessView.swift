import CompetenceKit

/// The Awareness view: the seed's A–F chart (competence sufficient or not,
/// against awareness correct, lacking or wilful), each cell with its
/// letter, its count and a one-line meaning, `?` for awareness not yet
/// assessed; below it, the people in the selected category.
enum AwarenessView {
    /// Width of the row labels ("Insufficient" and a space).
    static let labelWidth = 13

    static func render(_ state: EditorState, theme: Theme, into buffer: inout Buffer, area: Rect) {
        guard area.height > 0, area.width > 0 else { return }
        let t = state.analysis.totals
        let title = "Competence against awareness: \(state.plural(t.people, "person", "people")) on \(state.asOf)"
        buffer.put(title, x: area.x, y: area.y, width: area.width, style: theme.title)
        chart(state, theme: theme, into: &buffer, area: area.dropping(top: 1))
        list(state, theme: theme, into: &buffer, area: area.dropping(top: 11))
    }

    /// Rows 1–9: the header, the two competence rows of two lines each, and the `?` row, with rules.
    private static func chart(_ state: EditorState, theme: Theme, into buffer: inout Buffer, area: Rect) {
        let label = min(labelWidth, max(1, area.width / 5))
        let cell = max(3, (area.width - label) / 3)
        let x0 = area.x + label
        func put(_ text: String, row: Int, x: Int, width: Int, style: Style = .plain) {
            guard row < area.height else { return }
            buffer.put(text, x: x, y: area.y + row, width: max(0, min(width, area.maxX - x)), style: style)
        }
        func rule(_ row: Int, joints: [String]) {
            guard row < area.height else { return }
            buffer.put(String(repeating: "─", count: label), x: area.x, y: area.y + row, limit: area.maxX - area.x, style: theme.rule)
            for (i, joint) in joints.enumerated() {
                let x = x0 + i * cell
                buffer.put(joint + String(repeating: "─", count: cell - 1), x: x, y: area.y + row, limit: max(0, area.maxX - x), style: theme.rule)
            }
        }
        func bar(_ row: Int, _ i: Int) {
            guard row < area.height else { return }
            buffer.put("│", x: x0 + i * cell, y: area.y + row, limit: max(0, area.maxX - x0 - i * cell), style: theme.rule)
        }
        let states = AwarenessState.allCases
        for (i, s) in states.enumerated() {
            bar(0, i)
            put(AwarenessChart.title(s), row: 0, x: x0 + i * cell + 2, width: cell - 2, style: theme.header)
        }
        rule(1, joints: ["┼", "┼", "┼"])
        for (k, sufficient) in [true, false].enumerated() {
            let row = 2 + k * 3
            put(sufficient ? "Sufficient" : "Insufficient", row: row, x: area.x, width: label)
            put("competence", row: row + 1, x: area.x, width: label)
            for (i, s) in states.enumerated() {
                categoryCell(state, AwarenessCategory(sufficient: sufficient, awareness: s), theme: theme, into: &buffer,
                             x: x0 + i * cell, y: area.y + row, width: min(cell, area.maxX - x0 - i * cell), rows: min(2, area.height - row))
            }
            rule(row + 2, joints: k == 0 ? ["┼", "┼", "┼"] : ["┼", "┼", "┴"])
        }
        put("Not assessed", row: 8, x: area.x, width: label)
        categoryCell(state, .unknown, theme: theme, into: &buffer, x: x0, y: area.y + 8,
                     width: min(cell, area.maxX - x0), rows: min(1, area.height - 8))
        bar(8, 1)
        put(AwarenessCategory.unknown.shortMeaning, row: 8, x: x0 + cell + 2, width: area.maxX - x0 - cell - 2, style: theme.hint)
    }

    /// One cell: "│ A  3 people" over "│ Ideal: acts appropriately" (only the first line for `?`),
    /// reversed when selected on the chart, underlined while its people are listed.
    private static func categoryCell(_ state: EditorState, _ c: AwarenessCategory, theme: Theme, into buffer: inout Buffer,
                                     x: Int, y: Int, width: Int, rows: Int) {
        guard width > 0, rows > 0 else { return }
        let count = state.analysis.totals.count(c)
        for r in 0..<rows { buffer.put("│", x: x, y: y + r, style: theme.rule) }
        let inner = width - 1
        guard inner > 1 else { return }
        let tone: Tone
        switch c {
        case .a: tone = .met
        case .b, .c: tone = .due
        case .d, .e, .f: tone = .short
        case .unknown: tone = .empty
        }
        var style = Style.plain
        if c == state.review.category {
            if state.review.inList { style.bold = true; style.underline = true } else { style.reverse = true }
        }
        buffer.fill(Rect(x: x + 1, y: y, width: inner, height: rows), with: Cell(" ", style: style))
        var letter = theme.cell(tone).merged(style)
        letter.bold = true
        let used = buffer.put(" " + c.letter, x: x + 1, y: y, limit: inner, style: letter)
        buffer.put("  " + state.plural(count, "person", "people"), x: x + 1 + used, y: y, limit: max(0, inner - used), style: style)
        if rows > 1, c != .unknown {
            buffer.put(" " + c.shortMeaning, x: x + 1, y: y + 1, limit: inner, style: style)
        }
    }

    /// Rows 11 on: the selected category, its meaning and count, and its people.
    private static func list(_ state: EditorState, theme: Theme, into buffer: inout Buffer, area: Rect) {
        guard area.height > 0 else { return }
        let c = state.review.category
        let people = state.review.members?.people ?? []
        var heading = "\(c.letter): \(c.meaning) · \(state.plural(people.count, "person", "people"))"
        if !state.review.inList, !people.isEmpty { heading += " · Enter to go through them" }
        buffer.put(heading, x: area.x, y: area.y, width: area.width, style: theme.title)
        guard area.height > 1, !people.isEmpty else { return }
        let name = max(1, min(max(state.peopleNameWidth, DisplayWidth.of("Person")) + 2, max(8, area.width / 4)))
        let roles = max(1, min(24, area.width / 4))
        let aware = 20
        func columns(_ a: String, _ b: String, _ c: String, _ d: String) -> String {
            DisplayWidth.pad(a, to: name - 1) + " " + DisplayWidth.pad(b, to: roles - 1) + " " + DisplayWidth.pad(c, to: aware - 1) + " " + d
        }
        buffer.put(columns("Person", "Roles", "Awareness", "Note"), x: area.x, y: area.y + 1, width: area.width, style: theme.header)
        let cur = state.cursor
        for i in 0..<(area.height - 2) {
            let n = cur.top + i
            guard n < people.count else { break }
            let p = people[n], person = state.document.people[p]
            let roleNames = state.analysis.people[p].roles.map { TextEscaping.escaped(state.document.roles[$0].name) }
            var awareness = person.awareness?.state?.rawValue ?? "not assessed"
            if person.awareness?.state != nil, let date = person.awareness?.date { awareness += " \(date)" }
            let text = columns(TextEscaping.escaped(person.name), roleNames.joined(separator: ", "), awareness,
                               TextEscaping.escaped(person.awareness?.note ?? ""))
            let selected = state.review.inList && n == cur.row
            buffer.put(text, x: area.x, y: area.y + 2 + i, width: area.width, style: selected ? Style(reverse: true) : .plain)
        }
    }
}
