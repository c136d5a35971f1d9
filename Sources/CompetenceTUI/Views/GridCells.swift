import CompetenceKit

/// The text and meaning of one grid cell. Cell texts are narrow (levels,
/// `·`, parentheses and marks), so their width is their scalar count.
struct CellContent: Sendable {
    var text: String
    var tone: Tone

    /// The texts of levels 0 (`·`) to 5, made once rather than per cell.
    static let levelTexts = ["·", "1", "2", "3", "4", "5"]

    static func levelText(_ level: Int) -> String {
        level >= 0 && level < levelTexts.count ? levelTexts[level] : String(level)
    }
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
            return CellContent(text: CellContent.levelText(level), tone: .plain)
        }
    }
}

/// People: a person's current level, toned by their requirement.
struct PeopleCells: GridCells {
    let state: EditorState

    /// Levels first, then one pass over the person's requirements marks
    /// the visible cells they fall on: no search per cell.
    func cells(row: Int, columns: [Int]) -> [CellContent] {
        let p = state.peopleRows[row]
        let skills = columns.map { state.skillColumns[$0] }
        var out = skills.map { s -> CellContent in
            let level = state.levels.level(person: p, skill: s)
            return CellContent(text: CellContent.levelText(level), tone: level == 0 ? .empty : .plain)
        }
        let requirements = state.analysis.people[p].requirements
        for i in requirements.indices {
            guard let k = skills.firstIndex(of: requirements[i].skill) else { continue }
            let status = requirements[i]
            if status.exemption != nil {
                out[k] = CellContent(text: exemptLabel(out[k].text, status), tone: .exempt)
                continue
            }
            switch (status.counts && status.isShort, status.counts && status.due) {
            case (true, true): out[k].tone = .shortAndDue
            case (true, false): out[k].tone = .short
            case (false, true): out[k].tone = .due
            case (false, false): out[k].tone = .met
            }
        }
        return out
    }

    /// An exempt cell in parentheses, as printed matrices show it: `(2)`;
    /// without colour also with the marks it would have (`(2!)`, `(·!)`).
    private func exemptLabel(_ text: String, _ status: SkillStatus) -> String {
        guard !state.useColor else { return "(\(text))" }
        return "(\(text)\(status.isShort ? CellMarks.shortSymbol : "")\(status.due ? CellMarks.dueSymbol : ""))"
    }
}
