/// A skill a person need not meet until a date (for example new staff in
/// their first months); no gap is counted for it up to and including `until`.
public struct Exemption: Equatable, Sendable {
    public var skill: String
    public var reason: String
    public var until: Day
    public var extra: [JSONMember]

    public init(skill: String, reason: String, until: Day, extra: [JSONMember] = []) {
        self.skill = skill
        self.reason = reason
        self.until = until
        self.extra = extra
    }
}
