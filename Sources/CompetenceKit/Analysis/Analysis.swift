/// Competence analysis: pure functions of a document and a reference date.
public enum Analysis {
    /// Required level by skill index: the highest any of the person's roles requires.
    public static func requiredLevels(of person: Person, in m: Matrix, index: MatrixIndex) -> [Int: Int] {
        var out = [Int: Int]()
        for roleID in person.roles {
            guard let r = index.roleByID[roleID] else { continue }
            for (skillID, level) in m.roles[r].requires {
                guard let s = index.skillByID[skillID] else { continue }
                if level > out[s, default: 0] { out[s] = level }
            }
        }
        return out
    }

    /// The current assessment per skill id: the latest by date on or before
    /// `asOf`; among equal dates, the later in the array.
    public static func currentAssessments(of person: Person, asOf: Day) -> [String: Assessment] {
        var out = [String: Assessment](minimumCapacity: 8)
        for a in person.assessments where a.date <= asOf {
            if let prior = out[a.skill], prior.date > a.date { continue }
            out[a.skill] = a
        }
        return out
    }

    /// The exemption for a skill holding on `asOf` (up to and including `until`).
    public static func activeExemption(of person: Person, skill: String, asOf: Day) -> Exemption? {
        person.exemptions.filter { $0.skill == skill && asOf <= $0.until }.max { $0.until < $1.until }
    }

    /// The status of one skill for a person, given the level required.
    public static func skillStatus(skill s: Int, required: Int, person: Person, in m: Matrix,
                                   current: [String: Assessment], asOf: Day) -> SkillStatus {
        skillStatus(skill: s, required: required, person: person, in: m, evidence: current[m.skills[s].id], asOf: asOf)
    }

    /// The status of one skill for a person, given the level required and the current evidence.
    static func skillStatus(skill s: Int, required: Int, person: Person, in m: Matrix,
                            evidence: Assessment?, asOf: Day) -> SkillStatus {
        let skill = m.skills[s]
        var dueOn: Day?
        if let months = skill.refreshMonths, let e = evidence { dueOn = e.date.adding(months: months) }
        return SkillStatus(skill: s, required: required, current: evidence?.level ?? 0, evidence: evidence,
                           refreshDueOn: dueOn, due: dueOn.map { asOf > $0 } ?? false,
                           exemption: person.exemptions.isEmpty ? nil : activeExemption(of: person, skill: skill.id, asOf: asOf))
    }

    /// Everything about one person on `asOf`.
    public static func status(of p: Int, in m: Matrix, index: MatrixIndex, asOf: Day) -> PersonStatus {
        var builder = PersonStatusBuilder(m, index: index, asOf: asOf)
        return builder.status(of: p)
    }
}
