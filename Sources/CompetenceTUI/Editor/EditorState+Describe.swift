import CompetenceKit

extension EditorState {
    /// The cell under the cursor in words, for the status line: "Sales
    /// requires Customer hearing at 4: Can do it alone"; "Sato Hanako:
    /// Incident response 2, requires 3, gap 1".
    public var cellDescription: String {
        guard hasCell || !view.isGrid else { return "" }
        switch view {
        case .roles:
            let role = document.roles[cursor.column], skill = document.skills[skillRows[cursor.row]]
            let roleName = TextEscaping.escaped(role.name), skillName = TextEscaping.escaped(skill.name)
            guard let level = role.requires[skill.id] else { return "\(roleName) does not require \(skillName)" }
            return "\(roleName) requires \(skillName) at \(level): \(TextEscaping.escaped(document.levelName(level)))"
        case .people: return describe(person: peopleRows[cursor.row], skill: skillColumns[cursor.column])
        case .gaps, .awareness: return reviewDescription
        }
    }

    /// A person's level in a skill in words: "Sato Hanako: Incident response
    /// 2, requires 3, gap 1, due for refresh since 2026-06-02".
    func describe(person p: Int, skill s: Int) -> String {
        let level = levels.level(person: p, skill: s)
        var text = "\(TextEscaping.escaped(document.people[p].name)): \(TextEscaping.escaped(document.skills[s].name)) "
            + (level == 0 ? "none" : String(level))
        guard let status = skillStatus(person: p, skill: s) else { return text + ", not required" }
        text += ", requires \(status.required)"
        if let exemption = status.exemption {
            text += ", exempt until \(exemption.until) (\(TextEscaping.escaped(exemption.reason)))"
        } else if status.gap > 0 {
            text += ", gap \(status.gap)"
        }
        if status.due, let since = status.dueSince { text += ", due for refresh since \(since)" }
        return text
    }

    /// Where a person stands in a skill one of their roles requires; nil when none does.
    func skillStatus(person p: Int, skill s: Int) -> SkillStatus? {
        analysis.people[p].requirements.first { $0.skill == s }
    }
}
