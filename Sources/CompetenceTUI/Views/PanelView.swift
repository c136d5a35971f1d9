import CompetenceKit

/// Draws the evidence form and the history pane as boxes over the view, and
/// what the bottom line says while a panel is open.
enum PanelView {
    /// Draws the panel; returns where the terminal cursor goes (the form's field being typed in).
    static func render(_ state: EditorState, _ panel: Panel, theme: Theme, into buffer: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        switch panel {
        case .evidence(let form): return evidence(state, form, theme: theme, into: &buffer, area: clear(of: state, area))
        case .history(let pane): history(state, pane, theme: theme, into: &buffer, area: clear(of: state, area))
        case .awareness: break
        }
        return nil
    }

    /// The part of `area` above or below the cursor's row, whichever is
    /// larger, so that a box never hides the row it is about.
    static func clear(of state: EditorState, _ area: Rect) -> Rect {
        guard let y = state.cursorScreenRow, y >= area.y, y < area.maxY else { return area }
        let above = y - area.y, below = area.maxY - y - 1
        return above > below ? Rect(x: area.x, y: area.y, width: area.width, height: above)
            : Rect(x: area.x, y: y + 1, width: area.width, height: below)
    }

    /// The bottom line: the question being asked, the last problem, or the keys that work.
    static func bottomLine(_ state: EditorState, _ panel: Panel, theme: Theme, into buffer: inout Buffer, area: Rect) {
        var question: String?
        var hint = ""
        switch panel {
        case .evidence: hint = "Tab, Shift-Tab: next, previous field · Enter: save · Esc: cancel"
        case .history(let pane):
            question = state.removalQuestion(pane)
            hint = "j k: move · x: remove · Enter: new assessment · u: undo · Esc: close"
        case .awareness(let p): question = state.awarenessQuestion(p)
        }
        var x = area.x
        if let question {
            x += buffer.put(question, x: x, y: area.y, limit: area.width, style: theme.question)
            if state.message != nil { x += 1 }
        }
        if let m = state.message {
            buffer.put(m.text, x: x, y: area.y, limit: max(0, area.maxX - x), style: m.kind == .error ? theme.error : theme.info)
        } else if question == nil {
            buffer.put(hint, x: x, y: area.y, width: area.width, style: theme.hint)
        }
    }

    // MARK: boxes

    /// Draws a frame with `title` in its top edge and blanks its inside; returns the inside.
    static func box(_ title: String, width: Int, height: Int, in area: Rect, theme: Theme, into buffer: inout Buffer) -> Rect {
        let w = min(width, area.width), h = min(height, area.height)
        let r = Rect(x: area.x + (area.width - w) / 2, y: area.y, width: w, height: h)
        guard w >= 4, h >= 3 else { return Rect(x: r.x, y: r.y, width: 0, height: 0) }
        buffer.fill(r)
        let top = "┌─ " + DisplayWidth.truncate(title, to: max(0, w - 6)) + " "
        buffer.put(top + String(repeating: "─", count: max(0, w - 1 - DisplayWidth.of(top))) + "┐", x: r.x, y: r.y, limit: w, style: theme.rule)
        buffer.put(title.isEmpty ? "" : DisplayWidth.truncate(title, to: max(0, w - 6)), x: r.x + 3, y: r.y, limit: w - 4, style: theme.title)
        for y in (r.y + 1)..<(r.maxY - 1) {
            buffer.put("│", x: r.x, y: y, style: theme.rule)
            buffer.put("│", x: r.maxX - 1, y: y, style: theme.rule)
        }
        buffer.put("└" + String(repeating: "─", count: w - 2) + "┘", x: r.x, y: r.maxY - 1, style: theme.rule)
        return Rect(x: r.x + 2, y: r.y + 1, width: w - 4, height: h - 2)
    }

    // MARK: the evidence form

    static let labelWidth = 12

    private static func evidence(_ state: EditorState, _ form: EvidenceForm, theme: Theme, into buffer: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let person = state.document.people[form.person], skill = state.document.skills[form.skill]
        let inside = box("New assessment", width: 80, height: 11, in: area, theme: theme, into: &buffer)
        guard inside.height > 0 else { return nil }
        func line(_ i: Int, _ text: String, style: Style = .plain) {
            if i < inside.height { buffer.put(text, x: inside.x, y: inside.y + i, width: inside.width, style: style) }
        }
        line(0, "\(TextEscaping.escaped(person.name)) · \(TextEscaping.escaped(skill.name))", style: theme.title)
        line(1, standing(state, person: form.person, skill: form.skill))
        let valueWidth = max(6, min(30, inside.width - labelWidth - 22))
        var cursor: (x: Int, y: Int)?
        for f in EvidenceForm.Field.allCases {
            let row = 3 + f.rawValue
            guard row < inside.height else { break }
            let y = inside.y + row
            let focused = f == form.focus
            buffer.put((focused ? "▸ " : "  ") + f.label, x: inside.x, y: y, width: labelWidth,
                       style: focused ? theme.title : .plain)
            let x = inside.x + labelWidth
            let (shown, caret) = visible(form[f], width: valueWidth)
            buffer.put(shown, x: x, y: y, width: valueWidth, style: Style(underline: true))
            if focused { cursor = (x + caret, y) }
            let hintX = x + valueWidth + 2
            buffer.put(fieldHint(state, form, f), x: hintX, y: y, width: max(0, inside.maxX - hintX),
                       style: form.problem?.field == f ? theme.error : theme.hint)
        }
        return cursor
    }

    /// "requires 4 · now 3, assessed 2026-04-01 by Mori" for the form's second line.
    private static func standing(_ state: EditorState, person p: Int, skill s: Int) -> String {
        let level = state.levels.level(person: p, skill: s)
        var now = "now " + (level == 0 ? "none" : String(level))
        if let status = state.skillStatus(person: p, skill: s), let e = status.evidence {
            now += ", assessed \(e.date)" + (e.by.map { " by " + TextEscaping.escaped($0) } ?? "")
        }
        guard let status = state.skillStatus(person: p, skill: s) else { return "not required by their roles · " + now }
        return "requires \(status.required) · " + now
    }

    /// What a field takes, beside it; the problem when the last save found one there.
    private static func fieldHint(_ state: EditorState, _ form: EvidenceForm, _ f: EvidenceForm.Field) -> String {
        if let problem = form.problem, problem.field == f { return problem.message }
        switch f {
        case .level:
            if let n = Int(form.text(.level)), Level.range.contains(n) { return "\(n): \(TextEscaping.escaped(state.document.levelName(n)))" }
            return "1 to 5"
        case .date: return "YYYY-MM-DD"
        case .assessor: return "who assessed"
        case .method: return "self, manager, exam, training, drill, OJT"
        case .evidence: return "record, certificate, note"
        case .effective: return "yes, no or blank (training effective?)"
        }
    }

    /// The part of a line that fits `width` columns with the cursor in view, and the cursor's column in it.
    static func visible(_ line: LineEditor, width: Int) -> (String, Int) {
        let chars = line.text.map { TextEscaping.escaped(String($0)) }
        var start = 0
        var before = chars[..<line.cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        while before > width - 1, start < line.cursor {
            before -= DisplayWidth.of(chars[start])
            start += 1
        }
        return (chars[start...].joined(), before)
    }

    // MARK: the history pane

    private static func history(_ state: EditorState, _ pane: HistoryPane, theme: Theme, into buffer: inout Buffer, area: Rect) {
        guard let (p, s) = state.resolve(pane) else { return }
        let person = state.document.people[p]
        let entries = HistoryPane.entries(person, skill: pane.skillID)
        let counting = latestIndex(person, pane.skillID, state.asOf)
        let height = min(area.height, max(1, entries.count) + 3)
        let title = "History: \(TextEscaping.escaped(person.name)) · \(TextEscaping.escaped(state.document.skills[s].name))"
        let inside = box(title, width: 96, height: height, in: area, theme: theme, into: &buffer)
        guard inside.height > 1 else { return }
        func columns(_ date: String, _ level: String, _ by: String, _ method: String, _ eff: String, _ note: String, _ evidence: String) -> String {
            [(date, 10), (level, 5), (by, 17), (method, 11), (eff, 9), (note, 6)]
                .map { DisplayWidth.pad($0.0, to: $0.1) + " " }.joined() + evidence
        }
        buffer.put(columns("Date", "Level", "Assessor", "Method", "Effective", "", "Evidence"), x: inside.x, y: inside.y,
                   width: inside.width, style: theme.header)
        guard !entries.isEmpty else {
            buffer.put("No assessment yet: Enter adds one", x: inside.x, y: inside.y + 1, width: inside.width, style: theme.hint)
            return
        }
        let rows = inside.height - 1
        let row = min(pane.row, entries.count - 1)
        let top = max(0, row - rows + 1)
        for i in 0..<min(rows, entries.count - top) {
            let a = person.assessments[entries[top + i]]
            let note = a.date > state.asOf ? "later" : (entries[top + i] == counting ? "counts" : "")
            let text = columns(a.date.description, String(a.level), a.by.map(TextEscaping.escaped) ?? "",
                               a.method.map(TextEscaping.escaped) ?? "", a.effective.map { $0 ? "yes" : "no" } ?? "",
                               note, a.evidence.map(TextEscaping.escaped) ?? "")
            buffer.put(text, x: inside.x, y: inside.y + 1 + i, width: inside.width,
                       style: top + i == row ? Style(reverse: true) : .plain)
        }
    }

    /// The position of the assessment that counts on `asOf`: the latest by date, the later in the file among equals.
    private static func latestIndex(_ person: Person, _ skill: String, _ asOf: Day) -> Int? {
        HistoryPane.entries(person, skill: skill).first { person.assessments[$0].date <= asOf }
    }
}
