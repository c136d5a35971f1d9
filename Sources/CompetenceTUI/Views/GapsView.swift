import CompetenceKit

/// The Gaps view: the organisation's totals, then the person (or role)
/// under review, then each required skill worst first with required and
/// current level, gap, the date and assessor of the evidence, and where
/// it stands (met, short by N, due for refresh since a date, exempt until a
/// date and why).
enum GapsView {
    static func render(_ state: EditorState, theme: Theme, into buffer: inout Buffer, area: Rect) {
        guard area.height > 0, area.width > 0 else { return }
        let top = [totalsLine(state), mostShortLine(state)]
        for (i, line) in top.enumerated() where i < area.height {
            buffer.put(line, x: area.x, y: area.y + i, width: area.width)
        }
        guard area.height > 2 else { return }
        subjectLine(state, theme: theme, into: &buffer, area: area.row(2))
        guard area.height > 3, let page = state.review.gaps else { return }
        let columns = Columns(state, width: area.width)
        columns.header(into: &buffer, x: area.x, y: area.y + 3, width: area.width, style: theme.header, rule: theme.rule)
        let body = area.dropping(top: 4)
        if let hint = emptyHint(state, page) {
            buffer.put(hint, x: area.x, y: body.y, limit: body.width, style: theme.hint)
            return
        }
        let c = state.cursor
        let cursorLine = c.row < page.stops.count ? page.stops[c.row] : -1
        for i in 0..<body.height {
            let n = c.top + i
            guard n < page.lines.count else { break }
            let y = body.y + i
            switch page.lines[n] {
            case .heading(let p):
                let person = state.document.people[p]
                let text = "\(TextEscaping.escaped(person.name)) (\(TextEscaping.escaped(person.id))) · category \(state.analysis.people[p].category.letter)"
                buffer.put(text, x: area.x, y: y, width: body.width, style: theme.heading)
            case .row(let p, let s):
                guard let status = state.skillStatus(person: p, skill: s) else { continue }
                columns.row(state, status, theme: theme, into: &buffer, x: area.x, y: y, width: body.width)
                if n == cursorLine { buffer.restyle(Rect(x: area.x, y: y, width: body.width, height: 1)) { $0.reverse = true } }
            }
        }
    }

    /// "6 of 12 people have a gap · 5 refreshes overdue · 2 due within 30 days (by 2026-12-01)"
    static func totalsLine(_ state: EditorState) -> String {
        let t = state.analysis.totals
        let have = t.peopleWithGaps == 1 ? "has" : "have"
        return "\(t.peopleWithGaps) of \(state.plural(t.people, "person", "people")) \(have) a gap · "
            + "\(state.plural(t.refreshesOverdue, "refresh", "refreshes")) overdue · "
            + "\(t.refreshesDueSoon) due within \(MatrixAnalysis.dueSoonDays) days (by \(t.dueSoonBy))"
    }

    /// "Most often short or due: ISMS/PMS rules 4 · Secure coding 2 · …"
    static func mostShortLine(_ state: EditorState) -> String {
        let most = state.analysis.totals.mostOftenShort(limit: 3, order: state.analysis.index.skillOrder)
        guard !most.isEmpty else { return "Nobody is short or due in any required skill" }
        return "Most often short or due: " + most.map { "\(TextEscaping.escaped(state.document.skills[$0.skill].name)) \($0.people)" }
            .joined(separator: " · ")
    }

    /// Who is under review, and where they are in the list h and l walk.
    static func subjectLine(_ state: EditorState, theme: Theme, into buffer: inout Buffer, area: Rect) {
        let text: String, position: String
        switch state.review.gapsSubject {
        case .person:
            guard let p = state.gapsPerson else {
                return buffer.put(state.noPersonHint, x: area.x, y: area.y, width: area.width, style: theme.hint)
            }
            let person = state.document.people[p], status = state.analysis.people[p]
            let roles = status.roles.map { TextEscaping.escaped(state.document.roles[$0].name) }
            text = "\(TextEscaping.escaped(person.name)) (\(TextEscaping.escaped(person.id))) · "
                + (roles.isEmpty ? "no role" : roles.joined(separator: ", "))
                + " · awareness \(person.awareness?.state?.rawValue ?? "not assessed") · category \(status.category.letter)"
            position = "◂ \((state.cursors[.people]?.row ?? 0) + 1) of \(state.peopleRows.count) ▸"
        case .role:
            guard let r = state.gapsRole, let page = state.review.gaps else {
                return buffer.put("No roles yet: :add-role NAME", x: area.x, y: area.y, width: area.width, style: theme.hint)
            }
            let role = state.document.roles[r]
            text = "Role \(TextEscaping.escaped(role.name)) (\(TextEscaping.escaped(role.id))) · "
                + "\(state.plural(page.holders, "holder")), \(page.holdersWithGap) with a gap in its skills"
            position = "◂ \(r + 1) of \(state.document.roles.count) ▸"
        }
        let right = DisplayWidth.of(position)
        buffer.put(text, x: area.x, y: area.y, width: max(0, area.width - right - 1), style: theme.title)
        if area.width > right { buffer.put(position, x: area.maxX - right, y: area.y, style: theme.hint) }
    }

    /// What the body says when it has no rows.
    static func emptyHint(_ state: EditorState, _ page: GapsPage) -> String? {
        guard page.stops.isEmpty else { return nil }
        guard let target = page.key.target else { return "" }
        let filtered = state.filter != .all
        switch page.key.subject {
        case .person:
            let name = TextEscaping.escaped(state.document.people[target].name)
            if state.analysis.people[target].requirements.isEmpty {
                return "\(name) has no role that requires a skill: :assign ROLE-ID gives one"
            }
            return "No \(state.filter == .due ? "refresh due" : "gap") for \(name): :filter all shows every required skill"
        case .role:
            let role = state.document.roles[target]
            let name = TextEscaping.escaped(role.name)
            if role.requires.isEmpty { return "\(name) requires no skill yet: set its levels in the Roles view" }
            if page.holders == 0 { return "Nobody holds \(name) yet: :assign \(TextEscaping.escaped(role.id)) in the People view" }
            return filtered || !state.peopleFilter.isEmpty
                ? "No holder of \(name) matches the filter: :filter all shows everyone" : ""
        }
    }

    /// Where each column of the table starts.
    struct Columns {
        let indent: Int
        let name: Int
        static let assessor = 12

        init(_ state: EditorState, width: Int) {
            indent = state.review.gapsSubject == .role ? 2 : 0
            let widest = state.document.skills.reduce(DisplayWidth.of("Skill")) { max($0, DisplayWidth.of(TextEscaping.escaped($1.name))) }
            name = max(1, min(widest + indent + 1, max(8, width / 3)))
        }

        /// The figures after the rule: required, current, gap, evidence date, assessor.
        static func figures(_ req: String, _ cur: String, _ gap: String, _ date: String, _ by: String) -> String {
            DisplayWidth.pad(req, to: 4, alignRight: true) + DisplayWidth.pad(cur, to: 4, alignRight: true)
                + DisplayWidth.pad(gap, to: 4, alignRight: true) + "  " + DisplayWidth.pad(date, to: 10)
                + "  " + DisplayWidth.pad(by, to: assessor) + "  "
        }

        func header(into buffer: inout Buffer, x: Int, y: Int, width: Int, style: Style, rule: Style) {
            buffer.put("Skill", x: x, y: y, width: min(width, name), style: style)
            buffer.put("│", x: x + name, y: y, style: rule)
            let text = Columns.figures("Req", "Cur", "Gap", "Evidence", "Assessor") + "State"
            buffer.put(text, x: x + name + 1, y: y, limit: max(0, width - name - 1), style: style)
        }

        func row(_ state: EditorState, _ s: SkillStatus, theme: Theme, into buffer: inout Buffer, x: Int, y: Int, width: Int) {
            let skill = TextEscaping.escaped(state.document.skills[s.skill].name)
            buffer.put(String(repeating: " ", count: indent) + skill, x: x, y: y, width: min(width, max(1, name - 1)))
            buffer.put("│", x: x + name, y: y, style: theme.rule)
            let standing = s.standing(dueSoonBy: state.analysis.dueSoonBy)
            let figures = Columns.figures(String(s.required), s.current == 0 ? "·" : String(s.current),
                                          s.gap == 0 ? "·" : String(s.gap), s.evidence?.date.description ?? "",
                                          s.evidence?.by.map(TextEscaping.escaped) ?? "")
            let start = x + name + 1
            let used = buffer.put(figures, x: start, y: y, limit: max(0, width - name - 1))
            buffer.put(standing.summary, x: start + used, y: y, width: max(0, x + width - start - used), style: theme.cell(tone(standing)))
        }
    }

    /// The colour of a standing, as the People grid colours cells.
    static func tone(_ s: SkillStanding) -> Tone {
        switch s {
        case .met, .dueSoon: return .met
        case .short: return .short
        case .due: return .due
        case .shortAndDue: return .shortAndDue
        case .exempt: return .exempt
        }
    }
}
