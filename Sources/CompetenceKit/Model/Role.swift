/// A role and the minimum level it requires in each skill (clause 7.2 a).
public struct Role: Equatable, Sendable {
    public var id: String
    public var name: String
    /// Required level (1–5) by skill id; a skill absent here is not required.
    public var requires: [String: Int]
    public var extra: [JSONMember]

    public init(id: String, name: String, requires: [String: Int] = [:], extra: [JSONMember] = []) {
        self.id = id
        self.name = name
        self.requires = requires
        self.extra = extra
    }
}
