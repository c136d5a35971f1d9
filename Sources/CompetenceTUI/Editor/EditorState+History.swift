import CompetenceKit

extension EditorState {
    /// Makes `edit` and records how to undo it. Every change to the document
    /// goes through here.
    mutating func commit(_ edit: Edit, summary: String) {
        guard !readOnly else { return refuseReadOnly() }
        let before = cursor
        let inverse = apply(edit)
        lastRevision += 1
        history.undo.append(HistoryEntry(edit: inverse, view: view, cursor: before, revisionBefore: revision,
                                         revisionAfter: lastRevision, summary: summary))
        history.redo.removeAll()
        revision = lastRevision
        message = .info(summary)
    }

    /// `u`: puts back the document as it was before the latest edit.
    mutating func undo() {
        step(from: \.undo, to: \.redo, label: "Undone", none: "Nothing to undo") { $0.revisionBefore }
    }

    /// Ctrl-R: makes the latest undone edit again.
    mutating func redo() {
        step(from: \.redo, to: \.undo, label: "Redone", none: "Nothing to redo") { $0.revisionAfter }
    }

    /// Applies the top entry of one stack and pushes its inverse on the other.
    private mutating func step(from source: WritableKeyPath<History, [HistoryEntry]>,
                               to target: WritableKeyPath<History, [HistoryEntry]>,
                               label: String, none: String, revisionAfter: (HistoryEntry) -> Int) {
        guard var entry = history[keyPath: source].popLast() else {
            message = .info(none)
            return
        }
        entry.edit = apply(entry.edit)
        revision = revisionAfter(entry)
        restoreCursor(entry)
        history[keyPath: target].append(entry)
        message = .info("\(label): \(entry.summary)")
    }

    private mutating func restoreCursor(_ entry: HistoryEntry) {
        view = entry.view
        var c = cursor
        c.row = entry.cursor.row
        c.column = entry.cursor.column
        cursor = c
        clampCursor(of: view)
    }

    /// Swaps the edit's value into the document, refreshes only what it
    /// touches, and returns the edit that swaps it back.
    mutating func apply(_ edit: Edit) -> Edit {
        switch edit {
        case .person(let i, let person):
            let old = document.people[i]
            document.people[i] = person
            analysis.refresh(person: i, in: document)
            levels.refresh(person: i, in: document, index: analysis.index, asOf: asOf)
            if person.name != old.name {
                peopleNameWidth = max(peopleNameWidth, DisplayWidth.of(TextEscaping.escaped(person.name)))
            }
            return .person(i, old)
        case .role(let i, let role):
            let old = document.roles[i]
            document.roles[i] = role
            if old.id != role.id {
                rebuild()
            } else if old.requires != role.requires {
                // Only the role's holders can change, and only in the skills whose level changed.
                let changed = Set(old.requires.keys).union(role.requires.keys).filter { old.requires[$0] != role.requires[$0] }
                analysis.refresh(role: i, skills: changed, in: document)
            }
            return .role(i, old)
        case .skill(let i, let skill):
            let old = document.skills[i]
            document.skills[i] = skill
            if old.category != skill.category || old.refreshMonths != skill.refreshMonths { rebuild() }
            return .skill(i, old)
        case .document(let m):
            let old = document
            document = m
            rebuild()
            return .document(old)
        }
    }

    /// Marks the document as saved at its current revision.
    public mutating func markSaved() {
        savedRevision = revision
    }
}
