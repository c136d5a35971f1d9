/// Works out people's statuses one after another, reusing its scratch space:
/// the required level and current evidence per skill are kept in arrays by
/// skill index rather than in dictionaries made for every person, and each
/// role's requirements are resolved to skill indices once. For 10,000
/// people this is the difference between a frame and a wait
/// (docs/performance.md). The rules are those of `Analysis`.
struct PersonStatusBuilder {
    private let m: Matrix
    private let index: MatrixIndex
    private let asOf: Day
    /// Display position by skill index.
    private let position: [Int]
    /// Each role's requirements as (skill index, level), resolved on first use.
    private var roleRequirements: [[(skill: Int, level: Int)]?]
    /// Scratch by skill index, zero / -1 between people.
    private var required: [Int]
    private var latest: [Int]
    /// Skills whose scratch entries are in use for the current person.
    private var touched: [Int] = []

    init(_ m: Matrix, index: MatrixIndex, asOf: Day) {
        self.m = m
        self.index = index
        self.asOf = asOf
        var position = [Int](repeating: 0, count: m.skills.count)
        for (k, s) in index.skillOrder.enumerated() { position[s] = k }
        self.position = position
        roleRequirements = [[(skill: Int, level: Int)]?](repeating: nil, count: m.roles.count)
        required = [Int](repeating: 0, count: m.skills.count)
        latest = [Int](repeating: -1, count: m.skills.count)
    }

    private mutating func requirements(ofRole r: Int) -> [(skill: Int, level: Int)] {
        if let known = roleRequirements[r] { return known }
        let resolved = m.roles[r].requires.compactMap { id, level in index.skillTable.value(for: id).map { (skill: $0, level: level) } }
        roleRequirements[r] = resolved
        return resolved
    }

    /// Everything about person `p` on the reference date, as `Analysis.status(of:in:index:asOf:)` says.
    mutating func status(of p: Int) -> PersonStatus {
        let person = m.people[p]
        var roles = [Int]()
        roles.reserveCapacity(person.roles.count)
        for id in person.roles {
            guard let r = index.roleTable.value(for: id) else { continue }
            roles.append(r)
            for (s, level) in requirements(ofRole: r) where level > required[s] {
                if required[s] == 0 { touched.append(s) }
                required[s] = level
            }
        }
        // The latest assessment on or before the reference date; among equal dates, the later one.
        if !touched.isEmpty {
            for (k, a) in person.assessments.enumerated() where a.date <= asOf {
                guard let s = index.skillTable.value(for: a.skill), required[s] > 0 else { continue }
                if latest[s] >= 0, person.assessments[latest[s]].date > a.date { continue }
                latest[s] = k
            }
        }
        touched.sort { position[$0] < position[$1] }
        var reqs = [SkillStatus]()
        reqs.reserveCapacity(touched.count)
        for s in touched {
            let evidence = latest[s] >= 0 ? person.assessments[latest[s]] : nil
            reqs.append(Analysis.skillStatus(skill: s, required: required[s], person: person, in: m, evidence: evidence, asOf: asOf))
            required[s] = 0
            latest[s] = -1
        }
        touched.removeAll(keepingCapacity: true)
        let sufficient = !reqs.contains { $0.counts }
        return PersonStatus(person: p, roles: roles, requirements: reqs,
                            category: AwarenessCategory(sufficient: sufficient, awareness: person.awareness?.state))
    }
}
