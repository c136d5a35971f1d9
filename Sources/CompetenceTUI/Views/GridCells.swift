import CompetenceKit

/// The text and meaning of one grid cell.
struct CellContent: Sendable {
    var text: String
    var tone: Tone
}

/// A grid view's cells, asked for a row at a time and only for the columns
/// on screen, so drawing costs what is visible, not what is in the file.
protocol GridCells {
    func cells(row: Int, columns: [Int]) -> [CellContent]
}

/// Roles: a role's required level in a skill.
struct RolesCells: GridCells {
    let state: EditorState

    func cells(row: Int, columns: [Int]) -> [CellContent] {
        let skill = state.document.skills[state.skillRows[row]].id
        return columns.map { c in
            guard let level = state.document.roles[c].requires[skill] else { return CellContent(text: "·", tone: .empty) }
            return CellContent(text: String(level), tone: .plain)
        }
    }
}

/// People: a person's current level, toned by their requirement.
struct PeopleCells: GridCells {
    let state: EditorState

    func cells(row: Int, columns: [Int]) -> [CellContent] {
        let p = state.peopleRows[row]
        let requirements = state.analysis.people[p].requirements
        return columns.map { c in
            let s = state.skillColumns[c]
            let level = state.levels.level(person: p, skill: s)
            let text = level == 0 ? "·" : String(level)
            guard let status = requirements.first(where: { $0.skill == s }) else {
                return CellContent(text: text, tone: level == 0 ? .empty : .plain)
            }
            if status.exemption != nil { return CellContent(text: exemptLabel(text, status), tone: .exempt) }
            let tone: Tone
            switch (status.counts && status.isShort, status.counts && status.due) {
            case (true, true): tone = .shortAndDue
            case (true, false): tone = .short
            case (false, true): tone = .due
            case (false, false): tone = .met
            }
            return CellContent(text: text, tone: tone)
        }
    }

    /// An exempt cell in parentheses, as printed matrices show it: `(2)`;
    /// without colour also with the marks it would have (`(2!)`, `(·!)`).
    private func exemptLabel(_ text: String, _ status: SkillStatus) -> String {
        guard !state.useColor else { return "(\(text))" }
        return "(\(text)\(status.isShort ? CellMarks.shortSymbol : "")\(status.due ? CellMarks.dueSymbol : ""))"
    }
}
