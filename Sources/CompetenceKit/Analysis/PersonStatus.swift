/// A person's competence and awareness on a reference date.
public struct PersonStatus: Equatable, Sendable {
    public let person: Int
    /// The person's roles as role indices, in the person's order (unknown ids left out).
    public let roles: [Int]
    /// Every required skill, in display order.
    public let requirements: [SkillStatus]
    public let category: AwarenessCategory

    /// No gap and no overdue refresh in any required skill (exempt skills aside).
    public var sufficient: Bool { !requirements.contains { $0.counts } }

    /// The required skills that count against the person, worst first:
    /// larger gaps, then overdue refreshes.
    public var gaps: [SkillStatus] { requirements.filter(\.counts).sorted(by: SkillStatus.worstFirst) }

    /// Sum of gaps over counted skills, for sorting people by how far they fall short.
    public var totalGap: Int { requirements.reduce(0) { $0 + ($1.counts ? $1.gap : 0) } }
    public var dueCount: Int { requirements.reduce(0) { $0 + ($1.counts && $1.due ? 1 : 0) } }
}

extension SkillStatus {
    /// Larger gap first, then overdue refresh, then the rest; ties keep display order.
    public static func worstFirst(_ a: SkillStatus, _ b: SkillStatus) -> Bool {
        let ka = (a.counts ? a.gap : -1, a.counts && a.due ? 1 : 0)
        let kb = (b.counts ? b.gap : -1, b.counts && b.due ? 1 : 0)
        return ka > kb
    }
}
