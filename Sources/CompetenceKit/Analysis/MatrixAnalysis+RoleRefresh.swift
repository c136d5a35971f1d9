extension MatrixAnalysis {
    /// After role `r`'s requirements changed in the skills with ids
    /// `skillIDs`, and nothing else did: each holder's status in just those
    /// skills is worked out again (the rest of their status stands), so an
    /// edit to a role everyone holds costs a little per person, not a whole
    /// analysis. The result is the same as `refresh(role:in:)`.
    public mutating func refresh(role r: Int, skills skillIDs: some Sequence<String>, in m: Matrix) {
        let changed = skillIDs.compactMap { index.skillIndex(of: $0) }
        guard !changed.isEmpty else { return }
        var position = [Int](repeating: 0, count: m.skills.count)
        for (k, s) in index.skillOrder.enumerated() { position[s] = k }
        for p in holders[r] {
            let old = people[p], person = m.people[p]
            var requirements = old.requirements
            for s in changed {
                let id = m.skills[s].id
                let level = old.roles.reduce(0) { max($0, m.roles[$1].requires[id] ?? 0) }
                let at = requirements.firstIndex { $0.skill == s }
                if level == 0 {
                    if let at { requirements.remove(at: at) }
                } else if let at {
                    requirements[at] = requirements[at].requiring(level)
                } else {
                    let status = Analysis.skillStatus(skill: s, required: level, person: person, in: m,
                                                      evidence: Analysis.latest(of: person, skill: id, asOf: asOf), asOf: asOf)
                    requirements.insert(status, at: requirements.firstIndex { position[$0.skill] > position[s] } ?? requirements.count)
                }
            }
            let sufficient = !requirements.contains { $0.counts }
            replace(person: p, with: PersonStatus(person: p, roles: old.roles, requirements: requirements,
                                                  category: AwarenessCategory(sufficient: sufficient, awareness: person.awareness?.state)))
        }
    }
}

extension SkillStatus {
    /// The same evidence against another required level.
    func requiring(_ level: Int) -> SkillStatus {
        SkillStatus(skill: skill, required: level, current: current, evidence: evidence, refreshDueOn: refreshDueOn,
                    due: due, exemption: exemption)
    }
}

extension Analysis {
    /// The assessment of skill `id` that counts on `asOf`: the latest by date
    /// on or before it, the later in the array among equal dates.
    static func latest(of person: Person, skill id: String, asOf: Day) -> Assessment? {
        var best: Assessment?
        for a in person.assessments where a.skill == id && a.date <= asOf {
            if best.map({ a.date >= $0.date }) ?? true { best = a }
        }
        return best
    }
}
