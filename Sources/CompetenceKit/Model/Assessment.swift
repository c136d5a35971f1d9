/// One piece of evidence of a person's level in a skill (clause 7.2 b, d).
public struct Assessment: Equatable, Sendable {
    public var skill: String
    public var level: Int
    public var date: Day
    /// Who assessed it.
    public var by: String?
    /// How: self, manager, exam, training, drill, OJT, or free text.
    public var method: String?
    public var evidence: String?
    /// Whether the training action was effective (clause 7.2 c); nil when not evaluated.
    public var effective: Bool?
    public var extra: [JSONMember]

    public init(skill: String, level: Int, date: Day, by: String? = nil, method: String? = nil,
                evidence: String? = nil, effective: Bool? = nil, extra: [JSONMember] = []) {
        self.skill = skill
        self.level = level
        self.date = date
        self.by = by
        self.method = method
        self.evidence = evidence
        self.effective = effective
        self.extra = extra
    }
}
