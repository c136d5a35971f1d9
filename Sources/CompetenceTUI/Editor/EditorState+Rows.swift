import CompetenceKit

extension EditorState {
    /// People rows for the People view after `filter`, `peopleFilter` and
    /// `sort`. Proportional to the organisation: runs on `:filter`, `:sort`
    /// and structural edits only.
    func orderedPeople() -> [Int] {
        sortedPeople(document.people.indices.filter(showsPerson))
    }

    /// Whether the People and Gaps views show person `p` under `filter` and `peopleFilter`.
    func showsPerson(_ p: Int) -> Bool {
        let status = analysis.people[p]
        switch filter {
        case .all: break
        case .gaps: guard status.hasShort else { return false }
        case .due: guard status.hasDue else { return false }
        }
        return peopleFilter.includes(status, document.people[p])
    }

    /// People in the order `sort` asks for.
    func sortedPeople(_ people: [Int]) -> [Int] {
        var rows = people
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
