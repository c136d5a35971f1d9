import CompetenceKit

extension EditorState {
    /// Runs a `:` command line. Extension point: a new command is a case here
    /// and a line in `HelpText`.
    mutating func runCommand(_ line: String) -> Action {
        let text = line.trimmed
        let name: String, argument: String
        if let space = text.firstIndex(where: \.isWhitespace) {
            name = String(text[..<space])
            argument = String(text[space...]).trimmed
        } else {
            name = text
            argument = ""
        }
        switch name {
        case "w", "write": return .save(path: argument.isEmpty ? path : argument, quitAfter: false)
        case "w!", "write!": return .save(path: argument.isEmpty ? path : argument, quitAfter: false, force: true)
        case "q", "quit":
            guard isModified else { return .quit }
            message = .error("Unsaved changes: :w saves them, :q! quits without saving")
        case "q!", "quit!": return .quit
        case "wq", "x": return .save(path: path, quitAfter: true)
        case "wq!", "x!": return .save(path: path, quitAfter: true, force: true)
        case "add-role": addRole(argument)
        case "add-skill": addSkill(argument)
        case "add-person": addPerson(argument)
        case "rename": rename(argument, column: false)
        case "rename-column": rename(argument, column: true)
        case "delete": askDelete(column: false)
        case "delete-column": askDelete(column: true)
        case "assign": assign(argument, on: true)
        case "unassign": assign(argument, on: false)
        case "aware": setAwareness(argument)
        case "note": setAwarenessNote(argument)
        case "exempt": exempt(argument)
        case "unexempt": unexempt(argument)
        case "as-of": setAsOf(argument)
        case "filter": setFilter(argument)
        case "sort": setSort(argument)
        case "print":
            guard !argument.isEmpty else { return .printToPrinter }
            guard let format = PrintFileFormat(path: argument) else {
                message = .error(":print takes the format from the extension: .txt, .md, .csv or .html")
                break
            }
            return .print(path: argument, format: format)
        case "help": mode = .help(offset: 0)
        default:
            message = .error("Unknown command :\(name): press ? for every key and command")
        }
        return .none
    }

    // MARK: adding

    private mutating func addRole(_ name: String) {
        guard !name.isEmpty else { return usage(":add-role NAME") }
        var m = document
        let id = Identifier.make(from: name, stem: "role", existing: Set(m.roles.map(\.id)))
        m.roles.append(Role(id: id, name: name))
        commit(.document(m), summary: "Added role \(TextEscaping.escaped(name)) (id \(id))")
        if view == .roles { cursor.column = document.roles.count - 1 }
    }

    private mutating func addSkill(_ argument: String) {
        let words = argument.split(whereSeparator: \.isWhitespace)
        guard words.count >= 2, let category = SkillCategory(rawValue: String(words.last!)) else {
            return usage(":add-skill NAME business|security")
        }
        let name = String(argument[..<argument.lastIndex(where: \.isWhitespace)!]).trimmed
        var m = document
        let id = Identifier.make(from: name, stem: "skill", existing: Set(m.skills.map(\.id)))
        m.skills.append(Skill(id: id, name: name, category: category))
        commit(.document(m), summary: "Added \(category.rawValue) skill \(TextEscaping.escaped(name)) (id \(id))")
        let s = document.skills.count - 1
        switch view {
        case .roles: if let row = skillRows.firstIndex(of: s) { cursor.row = row }
        case .people: if let column = skillColumns.firstIndex(of: s) { cursor.column = column }
        case .gaps, .awareness: break
        }
    }

    private mutating func addPerson(_ name: String) {
        guard !name.isEmpty else { return usage(":add-person NAME") }
        var m = document
        let id = Identifier.make(from: name, stem: "person", existing: Set(m.people.map(\.id)))
        m.people.append(Person(id: id, name: name))
        commit(.document(m), summary: "Added person \(TextEscaping.escaped(name)) (id \(id))")
        if view == .people, let row = peopleRows.firstIndex(of: document.people.count - 1) { cursor.row = row }
    }

    // MARK: renaming and deleting

    /// What `:rename` and `:delete` act on: the row under the cursor, or with
    /// `column` the column.
    private enum Target {
        case skill(Int), role(Int), person(Int)
    }

    private func target(column: Bool) -> Target? {
        guard hasCell else { return nil }
        switch (view, column) {
        case (.roles, false): return .skill(skillRows[cursor.row])
        case (.roles, true): return .role(cursor.column)
        case (.people, false): return .person(peopleRows[cursor.row])
        case (.people, true): return .skill(skillColumns[cursor.column])
        case (.gaps, false), (.awareness, false): return cursorPerson.map { .person($0) }
        case (.gaps, true), (.awareness, true): return cursorSkill.map { .skill($0) }
        }
    }

    private mutating func rename(_ name: String, column: Bool) {
        guard !name.isEmpty else { return usage(column ? ":rename-column NAME" : ":rename NAME") }
        guard let t = target(column: column) else { return message = .error(emptyViewHint) }
        switch t {
        case .skill(let s):
            var skill = document.skills[s]
            let old = skill.name
            skill.name = name
            commit(.skill(s, skill), summary: "Renamed skill \(TextEscaping.escaped(old)) to \(TextEscaping.escaped(name))")
        case .role(let r):
            var role = document.roles[r]
            let old = role.name
            role.name = name
            commit(.role(r, role), summary: "Renamed role \(TextEscaping.escaped(old)) to \(TextEscaping.escaped(name))")
        case .person(let p):
            var person = document.people[p]
            let old = person.name
            person.name = name
            commit(.person(p, person), summary: "Renamed \(TextEscaping.escaped(old)) to \(TextEscaping.escaped(name))")
        }
    }

    /// `:delete` asks first, saying what else goes with the row or column.
    private mutating func askDelete(column: Bool) {
        guard let t = target(column: column) else { return message = .error(emptyViewHint) }
        switch t {
        case .skill(let s):
            let id = document.skills[s].id
            let roles = document.roles.filter { $0.requires[id] != nil }.count
            var assessments = 0, exemptions = 0
            for p in document.people {
                assessments += p.assessments.filter { $0.skill == id }.count
                exemptions += p.exemptions.filter { $0.skill == id }.count
            }
            let text = "Delete skill \(TextEscaping.escaped(document.skills[s].name)), its requirement in "
                + "\(plural(roles, "role")), \(plural(assessments, "assessment")) and \(plural(exemptions, "exemption"))? (y/n)"
            mode = .confirm(Question(text: text, pending: .deleteSkill(s)))
        case .role(let r):
            let id = document.roles[r].id
            let holders = document.people.filter { $0.roles.contains(id) }.count
            let text = "Delete role \(TextEscaping.escaped(document.roles[r].name)) and take it from "
                + "\(plural(holders, "person", "people"))? (y/n)"
            mode = .confirm(Question(text: text, pending: .deleteRole(r)))
        case .person(let p):
            let person = document.people[p]
            let text = "Delete \(TextEscaping.escaped(person.name)) and \(plural(person.assessments.count, "assessment"))? (y/n)"
            mode = .confirm(Question(text: text, pending: .deletePerson(p)))
        }
    }

    mutating func deleteSkill(_ s: Int) {
        var m = document
        let skill = m.skills.remove(at: s)
        for r in m.roles.indices where m.roles[r].requires[skill.id] != nil { m.roles[r].requires[skill.id] = nil }
        for p in m.people.indices {
            if m.people[p].assessments.contains(where: { $0.skill == skill.id }) {
                m.people[p].assessments.removeAll { $0.skill == skill.id }
            }
            if m.people[p].exemptions.contains(where: { $0.skill == skill.id }) {
                m.people[p].exemptions.removeAll { $0.skill == skill.id }
            }
        }
        commit(.document(m), summary: "Deleted skill \(TextEscaping.escaped(skill.name)) (u undoes)")
    }

    mutating func deleteRole(_ r: Int) {
        var m = document
        let role = m.roles.remove(at: r)
        for p in m.people.indices where m.people[p].roles.contains(role.id) { m.people[p].roles.removeAll { $0 == role.id } }
        commit(.document(m), summary: "Deleted role \(TextEscaping.escaped(role.name)) (u undoes)")
    }

    mutating func deletePerson(_ p: Int) {
        var m = document
        let person = m.people.remove(at: p)
        commit(.document(m), summary: "Deleted \(TextEscaping.escaped(person.name)) (u undoes)")
    }

    // MARK: the person under the cursor

    private mutating func assign(_ roleID: String, on: Bool) {
        let command = on ? ":assign ROLE-ID" : ":unassign ROLE-ID"
        guard !roleID.isEmpty else { return usage(command) }
        guard let p = cursorPerson else {
            return message = .error("\(command) works on the person under the cursor: Tab to the People view")
        }
        guard let r = document.roleIndex(id: roleID) else {
            let ids = document.roles.map(\.id).joined(separator: ", ")
            return message = .error("No role with id \(TextEscaping.escaped(roleID)); roles: \(ids.isEmpty ? "none yet" : ids)")
        }
        var person = document.people[p]
        let who = TextEscaping.escaped(person.name), role = TextEscaping.escaped(document.roles[r].name)
        if on {
            guard !person.roles.contains(roleID) else { return message = .info("\(who) already has role \(role)") }
            person.roles.append(roleID)
            commit(.person(p, person), summary: "\(who) now has role \(role)")
        } else {
            guard person.roles.contains(roleID) else { return message = .info("\(who) does not have role \(role)") }
            person.roles.removeAll { $0 == roleID }
            commit(.person(p, person), summary: "\(who) no longer has role \(role)")
        }
    }

    private mutating func setAwareness(_ argument: String) {
        guard let state = AwarenessState(rawValue: argument) else { return usage(":aware correct|lacking|wilful") }
        guard let p = cursorPerson else {
            return message = .error(":aware works on the person under the cursor: Tab to the People view")
        }
        recordAwareness(state, of: p)
    }

    // MARK: filter and sort

    private mutating func setSort(_ argument: String) {
        guard let s = RowSort(rawValue: argument) else { return usage(":sort name|gap|file") }
        sort = s
        recomputeRows()
        message = .info(s == .file ? "Rows in file order" : "Rows sorted by \(s.rawValue)")
    }

    mutating func usage(_ text: String) {
        message = .error("Usage: \(text)")
    }

    func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(n) \(n == 1 ? one : many ?? one + "s")"
    }
}
