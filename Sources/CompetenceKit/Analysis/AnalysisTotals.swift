/// Organisation-wide figures for a review, kept up to date person by person:
/// adding or taking away one person's status costs that person's required
/// skills, so an edit never recounts the organisation.
public struct AnalysisTotals: Equatable, Sendable {
    /// People counted.
    public private(set) var people = 0
    /// People with at least one counted gap (short or due, not exempt).
    public private(set) var peopleWithGaps = 0
    /// People per category, indexed like `AwarenessCategory.allCases`.
    public private(set) var categoryCounts = [Int](repeating: 0, count: AwarenessCategory.allCases.count)
    /// People with a counted gap (short or due) in each skill, by skill index.
    public private(set) var gapsBySkill: [Int]
    /// Counted overdue refreshes (one per person and skill).
    public private(set) var refreshesOverdue = 0
    /// Refreshes that are not due yet but come due by `dueSoonBy`.
    public private(set) var refreshesDueSoon = 0
    /// The last day of the "due soon" window.
    public let dueSoonBy: Day

    public init(skills: Int, dueSoonBy: Day) {
        gapsBySkill = [Int](repeating: 0, count: skills)
        self.dueSoonBy = dueSoonBy
    }

    /// People in category `c`.
    public func count(_ c: AwarenessCategory) -> Int { categoryCounts[c.ordinal] }

    /// Adds one person's status (`sign` 1) or takes it away again (`sign` -1).
    mutating func add(_ s: PersonStatus, sign: Int = 1) {
        people += sign
        categoryCounts[s.category.ordinal] += sign
        var counted = false
        for r in s.requirements {
            if r.counts {
                counted = true
                gapsBySkill[r.skill] += sign
                if r.due { refreshesOverdue += sign }
            }
            if r.comesDue(by: dueSoonBy) { refreshesDueSoon += sign }
        }
        if counted { peopleWithGaps += sign }
    }

    /// The skills with the most people short or due in them, most first
    /// (ties in `order`, the display order), at most `limit`, none at zero.
    public func mostOftenShort(limit: Int, order: [Int]) -> [(skill: Int, people: Int)] {
        let ranked = order.enumerated().filter { gapsBySkill[$0.element] > 0 }
            .sorted { (-gapsBySkill[$0.element], $0.offset) < (-gapsBySkill[$1.element], $1.offset) }
        return ranked.prefix(limit).map { (skill: $0.element, people: gapsBySkill[$0.element]) }
    }
}

extension AwarenessCategory {
    /// Position in `allCases`: A 0 … F 5, `?` 6.
    public var ordinal: Int {
        switch self {
        case .a: return 0
        case .b: return 1
        case .c: return 2
        case .d: return 3
        case .e: return 4
        case .f: return 5
        case .unknown: return 6
        }
    }
}
