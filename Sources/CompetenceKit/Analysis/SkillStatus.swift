/// Where one person stands in one skill that one of their roles requires.
public struct SkillStatus: Equatable, Sendable {
    public let skill: Int
    /// The highest level any of the person's roles requires.
    public let required: Int
    /// The level of the latest assessment on or before the reference date; 0 for none.
    public let current: Int
    /// The assessment `current` comes from.
    public let evidence: Assessment?
    /// The day the evidence went stale, when the skill has a refresh interval.
    public let refreshDueOn: Day?
    /// True when the reference date is past `refreshDueOn`.
    public let due: Bool
    /// An exemption holding on the reference date.
    public let exemption: Exemption?

    /// Required minus current, where positive.
    public var gap: Int { max(0, required - current) }
    public var isShort: Bool { gap > 0 }

    /// Whether this counts against the person: short or due, and not exempt.
    public var counts: Bool { (isShort || due) && exemption == nil }

    /// `short`, `due`, `short+due`, or `met` (also for exempt skills that are otherwise short).
    public var state: String {
        switch (isShort, due) {
        case (true, true): return "short+due"
        case (true, false): return "short"
        case (false, true): return "due"
        case (false, false): return "met"
        }
    }
}
