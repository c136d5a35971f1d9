/// A competence matrix document: skills, roles with their requirements, and
/// people with their evidence. Values refer to each other by id.
public struct Matrix: Equatable, Sendable {
    /// The only `format` value this program reads and writes.
    public static let formatName = "competence-matrix"
    /// The newest `version` this program understands.
    public static let currentVersion = 1

    public var title: String?
    public var owner: String?
    public var approval: Approval?
    /// The five level names, or nil for the English defaults.
    public var levelNames: [String]?
    /// Unknown keys of the `levels` entries, by level 1–5, kept for writing back.
    public var levelExtras: [Int: [JSONMember]] = [:]
    public var skills: [Skill]
    public var roles: [Role]
    public var people: [Person]
    /// Unknown top-level keys, kept for writing back.
    public var extra: [JSONMember]

    public init(title: String? = nil, owner: String? = nil, approval: Approval? = nil,
                levelNames: [String]? = nil, skills: [Skill] = [], roles: [Role] = [],
                people: [Person] = [], extra: [JSONMember] = []) {
        self.title = title
        self.owner = owner
        self.approval = approval
        self.levelNames = levelNames
        self.skills = skills
        self.roles = roles
        self.people = people
        self.extra = extra
    }

    /// Name of a level 1–5 in this document's language.
    public func levelName(_ level: Int) -> String {
        let names = levelNames ?? Level.englishNames
        guard Level.range.contains(level) else { return "none" }
        return names[level - 1]
    }

    /// Skill indices in display order: business skills first, then security,
    /// each in file order.
    public var skillDisplayOrder: [Int] {
        let business = skills.indices.filter { skills[$0].category == .business }
        let security = skills.indices.filter { skills[$0].category == .security }
        return business + security
    }

    public func skillIndex(id: String) -> Int? { skills.firstIndex { $0.id == id } }
    public func roleIndex(id: String) -> Int? { roles.firstIndex { $0.id == id } }
    public func personIndex(id: String) -> Int? { people.firstIndex { $0.id == id } }
}
