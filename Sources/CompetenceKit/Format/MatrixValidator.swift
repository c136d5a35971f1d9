/// Checks what a JSON grammar cannot: ids unique within their kind, and every
/// reference to a skill or role pointing at one that exists.
public enum MatrixValidator {
    /// The first problem found, as a path and a message; nil when the matrix is sound.
    static func firstProblem(in m: Matrix) -> LoadFailure? {
        func problem(_ path: [JSONPathComponent], _ message: String) -> LoadFailure {
            LoadFailure(offset: nil, path: path, message)
        }
        var skills = IDTable(minimumCapacity: m.skills.count)
        for (i, skill) in m.skills.enumerated() {
            if let first = skills.updateValue(i, for: skill.id) {
                return problem([.key("skills"), .index(i), .key("id")], "duplicate skill id \"\(TextEscaping.escapedPrefix(skill.id))\" (first used by skills[\(first)])")
            }
        }
        var roles = IDTable(minimumCapacity: m.roles.count)
        for (i, role) in m.roles.enumerated() {
            if let first = roles.updateValue(i, for: role.id) {
                return problem([.key("roles"), .index(i), .key("id")], "duplicate role id \"\(TextEscaping.escapedPrefix(role.id))\" (first used by roles[\(first)])")
            }
            for skill in role.requires.keys.sorted() where skills.value(for: skill) == nil {
                return problem([.key("roles"), .index(i), .key("requires"), .key(skill)], "unknown skill id \"\(TextEscaping.escapedPrefix(skill))\"")
            }
        }
        var people = IDTable(minimumCapacity: m.people.count)
        for (i, person) in m.people.enumerated() {
            // Built only for a problem: one array per person costs more than the checks.
            func at(_ rest: JSONPathComponent...) -> [JSONPathComponent] { [.key("people"), .index(i)] + rest }
            if people.updateValue(i, for: person.id) != nil {
                let first = m.people.firstIndex { $0.id == person.id }!
                return problem(at(.key("id")), "duplicate person id \"\(TextEscaping.escapedPrefix(person.id))\" (first used by people[\(first)])")
            }
            // Most people hold a few roles: compare with the earlier ones rather than build a set.
            var seenRoles: Set<String>? = person.roles.count > 8 ? Set(minimumCapacity: person.roles.count) : nil
            for (j, role) in person.roles.enumerated() {
                if roles.value(for: role) == nil { return problem(at(.key("roles"), .index(j)), "unknown role id \"\(TextEscaping.escapedPrefix(role))\"") }
                let repeated = seenRoles != nil ? !seenRoles!.insert(role).inserted : person.roles[..<j].contains(role)
                if repeated { return problem(at(.key("roles"), .index(j)), "role \"\(TextEscaping.escapedPrefix(role))\" is listed twice") }
            }
            // By index: copying each assessment out of the array costs more than the lookup.
            for j in person.assessments.indices where skills.value(for: person.assessments[j].skill) == nil {
                return problem(at(.key("assessments"), .index(j), .key("skill")), "unknown skill id \"\(TextEscaping.escapedPrefix(person.assessments[j].skill))\"")
            }
            for (j, e) in person.exemptions.enumerated() where skills.value(for: e.skill) == nil {
                return problem(at(.key("exemptions"), .index(j), .key("skill")), "unknown skill id \"\(TextEscaping.escapedPrefix(e.skill))\"")
            }
        }
        return nil
    }

    /// The problem as a sentence with its path, for callers that build matrices
    /// in memory (the editor, generators); nil when sound.
    public static func problemText(in m: Matrix) -> String? {
        firstProblem(in: m).map { "\($0.path.pathText): \($0.message)" }
    }
}
