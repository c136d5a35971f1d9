/// Employee or contractor: both do work under the organisation's control (clause 7.2).
public enum PersonKind: String, CaseIterable, Sendable {
    case employee
    case contractor
}

/// A person, their roles, and the evidence of their competence and awareness.
public struct Person: Equatable, Sendable {
    public var id: String
    public var name: String
    /// Nil when the file did not say; it then means employee.
    public var kind: PersonKind?
    /// Role ids, in the order the file lists them.
    public var roles: [String]
    /// History of evidence, in file order.
    public var assessments: [Assessment]
    public var awareness: Awareness?
    public var exemptions: [Exemption]
    public var extra: [JSONMember]

    public init(id: String, name: String, kind: PersonKind? = nil, roles: [String] = [],
                assessments: [Assessment] = [], awareness: Awareness? = nil,
                exemptions: [Exemption] = [], extra: [JSONMember] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.roles = roles
        self.assessments = assessments
        self.awareness = awareness
        self.exemptions = exemptions
        self.extra = extra
    }

    /// The kind, with the format's default.
    public var effectiveKind: PersonKind { kind ?? .employee }
}
