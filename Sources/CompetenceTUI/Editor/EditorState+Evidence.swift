import CompetenceKit

/// Evidence entry: Enter on a person's skill opens the form for a new
/// assessment; H lists the person's assessments of the skill, newest first,
/// where x removes one after asking. Every change is one undoable edit.
extension EditorState {
    /// The person and skill under the cursor, where the view has them (People cell, Gaps row).
    var cursorPersonSkill: (person: Int, skill: Int)? {
        switch view {
        case .people: return hasCell ? (peopleRows[cursor.row], skillColumns[cursor.column]) : nil
        case .gaps:
            guard let entry = review.gaps?.entry(cursor.row) else { return nil }
            let p = review.gapsSubject == .person ? (gapsPerson ?? entry.person) : entry.person
            return (p, entry.skill)
        case .roles, .awareness: return nil
        }
    }

    /// The screen row of the cursor's cell (People) or row (Gaps), for placing a box beside it.
    var cursorScreenRow: Int? {
        switch view {
        case .people: return hasCell ? Self.bodyTop + cursor.row - cursor.top : nil
        case .gaps:
            guard let page = review.gaps, cursor.row < page.stops.count else { return nil }
            return Self.gapsBodyTop + page.stops[cursor.row] - cursor.top
        case .roles, .awareness: return nil
        }
    }

    /// Enter on a person's skill.
    mutating func openEvidenceForm() {
        guard let (p, s) = cursorPersonSkill else { return message = .error(emptyViewHint) }
        mode = .panel(.evidence(EvidenceForm(person: p, skill: s, today: today, assessor: assessor)))
    }

    /// H on a person's skill.
    mutating func openHistory() {
        guard let (p, s) = cursorPersonSkill else { return message = .error(emptyViewHint) }
        mode = .panel(.history(HistoryPane(personID: document.people[p].id, skillID: document.skills[s].id)))
    }

    /// Keys while a panel is open.
    mutating func handlePanel(_ panel: Panel, _ key: Key) {
        switch panel {
        case .evidence(let form): handleForm(form, key)
        case .history(let pane): handleHistory(pane, key)
        case .awareness(let p): chooseAwareness(of: p, key)
        }
    }

    // MARK: the form

    private mutating func handleForm(_ form: EvidenceForm, _ key: Key) {
        var f = form
        f.problem = nil
        switch key {
        case .tab, .down: f.move(by: 1)
        case .backTab, .up: f.move(by: -1)
        case .enter: return saveForm(f)
        case .escape, .ctrl("c"):
            mode = f.returnTo.map { .panel(.history($0)) } ?? .normal
            message = .info("Nothing saved")
            return
        default:
            var line = f[f.focus]
            if line.edit(with: key) { f[f.focus] = line }
        }
        mode = .panel(.evidence(f))
    }

    /// Enter: the new assessment goes after the person's others, or the form
    /// stays open on the field that is wrong.
    private mutating func saveForm(_ form: EvidenceForm) {
        let skill = document.skills[form.skill]
        switch form.assessment(skillID: skill.id) {
        case .failure(let problem):
            var f = form
            f.problem = problem
            f.focus = problem.field
            mode = .panel(.evidence(f))
            message = .error(problem.message)
        case .success(let a):
            var person = document.people[form.person]
            person.assessments.append(a)
            mode = form.returnTo.map { .panel(.history(HistoryPane(personID: $0.personID, skillID: $0.skillID))) } ?? .normal
            var summary = "\(TextEscaping.escaped(person.name)): \(TextEscaping.escaped(skill.name)) \(a.level) on \(a.date)"
            if a.date > asOf {
                summary += " (not counted: after the reference date \(asOf))"
            } else {
                if let by = a.by { summary += " by \(TextEscaping.escaped(by))" }
                if let method = a.method { summary += " (\(TextEscaping.escaped(method)))" }
            }
            commit(.person(form.person, person), summary: summary)
        }
    }

    // MARK: the history pane

    /// The person and skill of a pane, found again by id (nil after an undo removed them).
    func resolve(_ pane: HistoryPane) -> (person: Int, skill: Int)? {
        guard let p = document.personIndex(id: pane.personID), let s = document.skillIndex(id: pane.skillID) else { return nil }
        return (p, s)
    }

    private mutating func handleHistory(_ pane: HistoryPane, _ key: Key) {
        guard let (p, s) = resolve(pane) else { mode = .normal; return }
        var h = pane
        let entries = HistoryPane.entries(document.people[p], skill: pane.skillID)
        if let index = h.confirming {
            switch key {
            case .char("y"), .char("Y"):
                h.confirming = nil
                mode = .panel(.history(h))
                removeAssessment(person: p, at: index)
            case .char("n"), .char("N"), .escape, .ctrl("c"):
                h.confirming = nil
                mode = .panel(.history(h))
                message = .info("Nothing removed")
            default:
                message = .error("Please answer y or n")
            }
            return
        }
        switch key {
        case .up, .char("k"): h.row -= 1
        case .down, .char("j"): h.row += 1
        case .char("g"), .home: h.row = 0
        case .char("G"), .end: h.row = entries.count - 1
        case .char("x"), .char("d"), .delete:
            guard h.row < entries.count else { return message = .info("Nothing to remove") }
            h.confirming = entries[h.row]
            message = nil
            mode = .panel(.history(h))
            return
        case .enter:
            var form = EvidenceForm(person: p, skill: s, today: today, assessor: assessor)
            form.returnTo = h
            mode = .panel(.evidence(form))
            return
        case .char("u"), .ctrl("r"):
            if key == .char("u") { undo() } else { redo() }
            mode = resolve(h) == nil ? .normal : .panel(.history(h))
            return
        case .escape, .char("q"), .char("H"), .ctrl("c"):
            mode = .normal
            return
        default:
            message = .error("In the history: j/k move, x removes, Enter adds, u undoes, Esc closes")
        }
        h.row = max(0, min(h.row, entries.count - 1))
        mode = .panel(.history(h))
    }

    /// The question the pane asks before removing, for the bottom line.
    func removalQuestion(_ pane: HistoryPane) -> String? {
        guard let index = pane.confirming, let (p, _) = resolve(pane) else { return nil }
        let a = document.people[p].assessments[index]
        return "Remove the assessment of \(a.date), level \(a.level)\(a.by.map { " by " + TextEscaping.escaped($0) } ?? "")? (y/n)"
    }

    private mutating func removeAssessment(person p: Int, at index: Int) {
        var person = document.people[p]
        let a = person.assessments.remove(at: index)
        let skill = document.skillIndex(id: a.skill).map { TextEscaping.escaped(document.skills[$0].name) } ?? a.skill
        commit(.person(p, person), summary: "\(TextEscaping.escaped(person.name)): removed the \(skill) assessment of \(a.date) (u undoes)")
    }
}
