/// A skill a role can require and a person can be assessed in.
public struct Skill: Equatable, Sendable {
    public var id: String
    public var name: String
    public var category: SkillCategory
    /// Evidence older than this many months is due for refresh (forgetting curve).
    public var refreshMonths: Int?
    /// Keys this program does not know, kept for writing back.
    public var extra: [JSONMember]

    public init(id: String, name: String, category: SkillCategory, refreshMonths: Int? = nil, extra: [JSONMember] = []) {
        self.id = id
        self.name = name
        self.category = category
        self.refreshMonths = refreshMonths
        self.extra = extra
    }
}
