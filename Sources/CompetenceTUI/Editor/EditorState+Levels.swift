import CompetenceKit

extension EditorState {
    /// The level shown in the cell under the cursor: a role's requirement in
    /// Roles, a person's current level in People.
    var cursorLevel: Int? {
        guard hasCell else { return nil }
        switch view {
        case .roles:
            let skill = document.skills[skillRows[cursor.row]]
            return document.roles[cursor.column].requires[skill.id] ?? 0
        case .people:
            return levels.level(person: peopleRows[cursor.row], skill: skillColumns[cursor.column])
        case .gaps, .awareness: return nil
        }
    }

    /// 1–5 set the level of the cell; 0 clears it.
    mutating func setLevel(_ level: Int) {
        guard let current = cursorLevel else {
            message = .error(emptyViewHint)
            return
        }
        if level == current, level == 0 || !isReassessment {
            message = .info(level == 0 ? "Already empty" : "Already at \(level)")
            return
        }
        switch view {
        case .roles: setRequirement(level)
        case .people: setPersonLevel(level)
        case .gaps, .awareness: break
        }
    }

    /// + and -: one level up or down, from 0 to 5.
    mutating func adjustLevel(by delta: Int) {
        guard let current = cursorLevel else {
            message = .error(emptyViewHint)
            return
        }
        let level = max(0, min(5, current + delta))
        if level == current {
            message = .info(level == 5 ? "Already at the highest level, 5" : "Already empty")
            return
        }
        setLevel(level)
    }

    /// In People, setting the level a person already has records a fresh
    /// assessment (it renews evidence that is due for refresh), unless
    /// today's assessment by the same assessor already says so.
    private var isReassessment: Bool {
        guard view == .people else { return false }
        let skill = document.skills[skillColumns[cursor.column]].id
        let person = document.people[peopleRows[cursor.row]]
        guard let latest = Analysis.currentAssessments(of: person, asOf: asOf)[skill] else { return true }
        return !(latest.date == today && latest.by == assessor)
    }

    /// Said when a key needs a cell and the view has none.
    var emptyViewHint: String {
        "No cell here yet: " + emptyViewCommands.joined(separator: ", ")
    }

    /// The commands that give the current view its first rows and columns.
    var emptyViewCommands: [String] {
        var commands: [String] = []
        switch view {
        case .roles:
            if rowCount(view) == 0 { commands.append(":add-skill NAME business|security") }
            if columnCount(view) == 0 { commands.append(":add-role NAME") }
        case .people:
            if rowCount(view) == 0 { commands.append(":add-person NAME") }
            if columnCount(view) == 0 { commands.append(":add-skill NAME business|security") }
        case .gaps, .awareness:
            if document.people.isEmpty { commands.append(":add-person NAME") }
        }
        return commands
    }

    /// Roles view: the role's requirement in the skill (`requires`).
    private mutating func setRequirement(_ level: Int) {
        let r = cursor.column
        let skill = document.skills[skillRows[cursor.row]]
        var role = document.roles[r]
        role.requires[skill.id] = level == 0 ? nil : level
        let roleName = TextEscaping.escaped(role.name), skillName = TextEscaping.escaped(skill.name)
        let summary = level == 0
            ? "\(roleName) no longer requires \(skillName)"
            : "\(roleName) requires \(skillName) at \(level): \(TextEscaping.escaped(document.levelName(level)))"
        commit(.role(r, role), summary: summary)
    }

    /// People view: a new assessment dated today by the assessor, or today's
    /// own assessment changed; clearing removes the skill's assessments.
    private mutating func setPersonLevel(_ level: Int) {
        let p = peopleRows[cursor.row]
        let skill = document.skills[skillColumns[cursor.column]]
        var person = document.people[p]
        let who = TextEscaping.escaped(person.name), what = TextEscaping.escaped(skill.name)
        if level == 0 {
            let before = person.assessments.count
            person.assessments.removeAll { $0.skill == skill.id }
            let removed = before - person.assessments.count
            commit(.person(p, person),
                   summary: "Cleared \(what) for \(who): \(removed) assessment\(removed == 1 ? "" : "s") removed (u undoes)")
            return
        }
        if let i = person.assessments.lastIndex(where: { $0.skill == skill.id && $0.date == today }),
           person.assessments[i].by == assessor {
            person.assessments[i].level = level
        } else {
            person.assessments.append(Assessment(skill: skill.id, level: level, date: today, by: assessor))
        }
        var summary = "\(who): \(what) \(level), assessed \(today) by \(TextEscaping.escaped(assessor))"
        if today > asOf { summary += " (after the reference date \(asOf), so not counted)" }
        commit(.person(p, person), summary: summary)
    }
}
