@testable import CompetenceKit

// The validator as it was before issue 7, kept as the reference for
// LoaderDifferentialTests (see ReferenceMatrixDecoder). Do not optimise it.

enum ReferenceMatrixValidator {
    /// The first problem found, as a path and a message; nil when the matrix is sound.
    static func firstProblem(in m: Matrix) -> LoadFailure? {
        func problem(_ path: [JSONPathComponent], _ message: String) -> LoadFailure {
            LoadFailure(offset: nil, path: path, message)
        }
        var skills = [String: Int](minimumCapacity: m.skills.count)
        for (i, skill) in m.skills.enumerated() {
            if let first = skills.updateValue(i, forKey: skill.id) {
                return problem([.key("skills"), .index(i), .key("id")], "duplicate skill id \"\(TextEscaping.escapedPrefix(skill.id))\" (first used by skills[\(first)])")
            }
        }
        var roles = [String: Int](minimumCapacity: m.roles.count)
        for (i, role) in m.roles.enumerated() {
            if let first = roles.updateValue(i, forKey: role.id) {
                return problem([.key("roles"), .index(i), .key("id")], "duplicate role id \"\(TextEscaping.escapedPrefix(role.id))\" (first used by roles[\(first)])")
            }
            for skill in role.requires.keys.sorted() where skills[skill] == nil {
                return problem([.key("roles"), .index(i), .key("requires"), .key(skill)], "unknown skill id \"\(TextEscaping.escapedPrefix(skill))\"")
            }
        }
        var people = Set<String>(minimumCapacity: m.people.count)
        for (i, person) in m.people.enumerated() {
            let at: [JSONPathComponent] = [.key("people"), .index(i)]
            if !people.insert(person.id).inserted {
                let first = m.people.firstIndex { $0.id == person.id }!
                return problem(at + [.key("id")], "duplicate person id \"\(TextEscaping.escapedPrefix(person.id))\" (first used by people[\(first)])")
            }
            var seenRoles = Set<String>()
            for (j, role) in person.roles.enumerated() {
                if roles[role] == nil { return problem(at + [.key("roles"), .index(j)], "unknown role id \"\(TextEscaping.escapedPrefix(role))\"") }
                if !seenRoles.insert(role).inserted { return problem(at + [.key("roles"), .index(j)], "role \"\(TextEscaping.escapedPrefix(role))\" is listed twice") }
            }
            for (j, a) in person.assessments.enumerated() where skills[a.skill] == nil {
                return problem(at + [.key("assessments"), .index(j), .key("skill")], "unknown skill id \"\(TextEscaping.escapedPrefix(a.skill))\"")
            }
            for (j, e) in person.exemptions.enumerated() where skills[e.skill] == nil {
                return problem(at + [.key("exemptions"), .index(j), .key("skill")], "unknown skill id \"\(TextEscaping.escapedPrefix(e.skill))\"")
            }
        }
        return nil
    }
}
