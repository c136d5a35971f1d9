import CompetenceKit

/// Builds a synthetic organisation of a given shape from a seed: the same
/// shape and seed always give the same document, and so the same bytes once
/// written by `MatrixFile.encode`.
///
/// Evidence is dated over the two years before `OrganisationGenerator.asOf`,
/// which the benchmark passes as `--as-of` so that every figure is reproducible.
struct OrganisationGenerator {
    /// The reference date the benchmark analyses on.
    static let asOf = Day(year: 2026, month: 1, day: 1)!
    /// The first day evidence can carry: two years before `asOf`.
    static let firstDay = Day(year: 2024, month: 1, day: 1)!

    let shape: OrganisationShape
    var rng: SplitMix64
    /// Every day from `firstDay` to the day before `asOf`.
    private let days: [Day]

    init(shape: OrganisationShape, seed: UInt64) {
        self.shape = shape
        self.rng = SplitMix64(seed: seed)
        var days = [Day]()
        var d = OrganisationGenerator.firstDay
        while d < OrganisationGenerator.asOf {
            days.append(d)
            d = d.adding(days: 1)
        }
        self.days = days
    }

    mutating func generate() -> Matrix {
        let skills = makeSkills()
        let roles = makeRoles(skills: skills)
        let assessors = (0..<60).map { i in personName(japanese: i % 3 == 0) }
        var people = [Person]()
        people.reserveCapacity(shape.people)
        let width = String(shape.people).count
        for i in 0..<shape.people {
            people.append(makePerson(number: i + 1, idWidth: width, japanese: i % 3 == 0,
                                     skills: skills, roles: roles, assessors: assessors))
        }
        return Matrix(title: "Synthetic organisation (\(shape.name)) ISMS competence matrix",
                      owner: "ISMS secretariat",
                      approval: Approval(by: "CISO", date: Day(year: 2025, month: 12, day: 1)),
                      skills: skills, roles: roles, people: people,
                      extra: [JSONMember(key: "generator", value: .object([
                          JSONMember(key: "tool", value: .string("competence-bench")),
                          JSONMember(key: "shape", value: .string(shape.name)),
                      ]))])
    }

    // MARK: Skills and roles

    private mutating func makeSkills() -> [Skill] {
        (0..<shape.skills).map { i in
            let security = i % 2 == 1
            let k = i / 2
            let japanese = k % 3 == 2
            let bases = security
                ? (japanese ? NamePools.securitySkillsJapanese : NamePools.securitySkills)
                : (japanese ? NamePools.businessSkillsJapanese : NamePools.businessSkills)
            let base = bases[k % bases.count]
            let area = k / bases.count
            let name = area == 0 ? base : "\(base) \(area + 1)"
            let id = paddedID(k + 1, width: 3, prefix: security ? "sec-" : "biz-")
            // A third of security skills must be refreshed, as the forgetting curve asks.
            let refresh: Int? = security && k % 3 == 0 ? (k % 2 == 0 ? 12 : 24) : nil
            return Skill(id: id, name: name, category: security ? .security : .business, refreshMonths: refresh)
        }
    }

    private mutating func makeRoles(skills: [Skill]) -> [Role] {
        let business = skills.indices.filter { skills[$0].category == .business }
        let security = skills.indices.filter { skills[$0].category == .security }
        return (0..<shape.roles).map { i in
            var requires = [String: Int]()
            for k in rng.distinct(rng.int(in: 3...7), below: business.count) {
                requires[skills[business[k]].id] = rng.int(in: 1...5)
            }
            for k in rng.distinct(rng.int(in: 2...5), below: security.count) {
                requires[skills[security[k]].id] = rng.int(in: 1...4)
            }
            let base = NamePools.roles[i % NamePools.roles.count]
            let n = i / NamePools.roles.count
            return Role(id: paddedID(i + 1, width: 3, prefix: "role-"), name: n == 0 ? base : "\(base) \(n + 1)",
                        requires: requires)
        }
    }

    // MARK: People

    private mutating func personName(japanese: Bool) -> String {
        japanese
            ? rng.pick(NamePools.japaneseFamily) + " " + rng.pick(NamePools.japaneseGiven)
            : rng.pick(NamePools.westernGiven) + " " + rng.pick(NamePools.westernFamily)
    }

    private mutating func makePerson(number: Int, idWidth: Int, japanese: Bool, skills: [Skill],
                                     roles: [Role], assessors: [String]) -> Person {
        let name = personName(japanese: japanese)
        let roleIndices = rng.distinct(rng.int(in: 1...shape.maxRolesPerPerson), below: roles.count)
        // Required skills in skill order (never in dictionary order, which changes per run).
        var required = [Int: Int]()
        for r in roleIndices {
            for (s, skill) in skills.enumerated() {
                if let level = roles[r].requires[skill.id] { required[s] = max(required[s] ?? 0, level) }
            }
        }
        let requiredSkills = skills.indices.filter { required[$0] != nil }
        var drawn = [(day: Int, order: Int, assessment: Assessment)]()
        for k in 0..<shape.assessmentsPerPerson {
            let s = !requiredSkills.isEmpty && rng.chance(0.75) ? rng.pick(requiredSkills) : rng.int(in: 0...skills.count - 1)
            let target = required[s] ?? 2
            let level = min(5, max(1, target + rng.int(in: -2...1)))
            let day = rng.int(in: 0...days.count - 1)
            // Most rows carry only who assessed and when, as in a migrated spreadsheet;
            // this keeps `large` near the 54 MB the reference figures are for.
            let method: String? = rng.chance(0.25) ? rng.pick(NamePools.methods) : nil
            let a = Assessment(skill: skills[s].id, level: level, date: days[day], by: rng.pick(assessors),
                               method: method,
                               evidence: rng.chance(0.1) ? "LMS record \(rng.int(in: 10_000...99_999))" : nil,
                               effective: method == "training" ? rng.chance(0.8) : nil)
            drawn.append((day, k, a))
        }
        // The history reads oldest first, as a person would have recorded it.
        drawn.sort { ($0.day, $0.order) < ($1.day, $1.order) }
        var awareness: Awareness?
        if rng.chance(0.95) {
            let roll = rng.int(in: 0...99)
            let state: AwarenessState = roll < 80 ? .correct : roll < 97 ? .lacking : .wilful
            awareness = Awareness(state: state, date: rng.pick(days), note: rng.pick(NamePools.notes))
        }
        var exemptions = [Exemption]()
        if !requiredSkills.isEmpty, rng.chance(0.02) {
            exemptions.append(Exemption(skill: skills[rng.pick(requiredSkills)].id,
                                        reason: rng.pick(NamePools.exemptionReasons),
                                        until: OrganisationGenerator.asOf.adding(days: rng.int(in: -60...180))))
        }
        let kindRoll = rng.int(in: 0...9)
        let kind: PersonKind? = kindRoll == 0 ? .contractor : kindRoll < 3 ? .employee : nil
        return Person(id: paddedID(number, width: idWidth, prefix: "p"), name: name, kind: kind,
                      roles: roleIndices.map { roles[$0].id }, assessments: drawn.map(\.assessment),
                      awareness: awareness, exemptions: exemptions)
    }
}

/// `prefix` and `n` zero-padded to `width` digits: `sec-007`, `p00042`.
func paddedID(_ n: Int, width: Int, prefix: String) -> String {
    let digits = String(n)
    return prefix + String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
}
