/// Lookups from id to position, built once per document so analysis and
/// printing never search arrays by id.
public struct MatrixIndex: Sendable {
    public let skillByID: [String: Int]
    public let roleByID: [String: Int]
    public let personByID: [String: Int]
    /// Skill indices in display order: business first, then security.
    public let skillOrder: [Int]
    /// `skillByID` and `roleByID` for the hot lookups of analysis.
    let skillTable: IDTable
    let roleTable: IDTable

    /// The position of the skill with id `id`: `skillByID[id]`, hashed on the
    /// id's bytes, for loops over every assessment of an organisation.
    public func skillIndex(of id: String) -> Int? { skillTable.value(for: id) }

    /// The position of the role with id `id`: `roleByID[id]`, hashed on bytes.
    public func roleIndex(of id: String) -> Int? { roleTable.value(for: id) }

    public init(_ m: Matrix) {
        var skills = [String: Int](minimumCapacity: m.skills.count)
        for (i, s) in m.skills.enumerated() { skills[s.id] = i }
        var roles = [String: Int](minimumCapacity: m.roles.count)
        for (i, r) in m.roles.enumerated() { roles[r.id] = i }
        var people = [String: Int](minimumCapacity: m.people.count)
        for (i, p) in m.people.enumerated() { people[p.id] = i }
        skillByID = skills
        roleByID = roles
        personByID = people
        skillOrder = m.skillDisplayOrder
        var skillTable = IDTable(minimumCapacity: m.skills.count)
        for (i, s) in m.skills.enumerated() { skillTable.updateValue(i, for: s.id) }
        var roleTable = IDTable(minimumCapacity: m.roles.count)
        for (i, r) in m.roles.enumerated() { roleTable.updateValue(i, for: r.id) }
        self.skillTable = skillTable
        self.roleTable = roleTable
    }
}
