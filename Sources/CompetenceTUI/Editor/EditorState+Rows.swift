import CompetenceKit

extension EditorState {
    /// People rows for the People view after `filter` and `sort`. Proportional
    /// to the organisation: runs on `:filter`, `:sort` and structural edits only.
    func orderedPeople() -> [Int] {
        var rows = Array(document.people.indices)
        switch filter {
        case .all: break
        case .gaps: rows = rows.filter { analysis.people[$0].requirements.contains { $0.counts && $0.isShort } }
        case .due: rows = rows.filter { analysis.people[$0].requirements.contains { $0.counts && $0.due } }
        }
        switch sort {
        case .file: break
        case .name: rows.sort { (document.people[$0].name, $0) < (document.people[$1].name, $1) }
        case .gap:
            let key = { (p: Int) in (self.analysis.people[p].totalGap, self.analysis.people[p].dueCount) }
            rows.sort { let a = key($0), b = key($1); return a != b ? a > b : $0 < $1 }
        }
        return rows
    }

    /// Skill rows for the Roles view: business first, then security, each
    /// after `filter` and `sort`.
    func orderedSkills() -> [Int] {
        let order = analysis.index.skillOrder
        guard filter != .all || sort != .file else { return order }
        var short = [Int](repeating: 0, count: document.skills.count)
        var due = short
        for status in analysis.people {
            for r in status.requirements where r.counts {
                if r.isShort { short[r.skill] += 1 }
                if r.due { due[r.skill] += 1 }
            }
        }
        var rows = order
        switch filter {
        case .all: break
        case .gaps: rows = rows.filter { short[$0] > 0 }
        case .due: rows = rows.filter { due[$0] > 0 }
        }
        let category = { (s: Int) in self.document.skills[s].category == .business ? 0 : 1 }
        switch sort {
        case .file: break
        case .name: rows.sort { (category($0), document.skills[$0].name, $0) < (category($1), document.skills[$1].name, $1) }
        case .gap: rows.sort { (category($0), -short[$0], -due[$0], $0) < (category($1), -short[$1], -due[$1], $1) }
        }
        return rows
    }
}
