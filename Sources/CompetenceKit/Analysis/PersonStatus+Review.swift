extension SkillStatus {
    /// `statuses` (in display order) in review order, as `PersonStatus.reviewOrder(dueSoonBy:)` describes.
    public static func inReviewOrder(_ statuses: some Sequence<SkillStatus>, dueSoonBy limit: Day) -> [SkillStatus] {
        func rank(_ s: SkillStatus) -> Int {
            if s.counts { return -1000 + 10 * -s.gap + (s.due ? 0 : 1) }
            if s.exemption != nil { return 1 }
            return s.comesDue(by: limit) ? 2 : 3
        }
        return statuses.enumerated()
            .map { (rank: rank($0.element), position: $0.offset, status: $0.element) }
            .sorted { ($0.rank, $0.position) < ($1.rank, $1.position) }
            .map(\.status)
    }
}

extension PersonStatus {
    /// Every required skill in review order, worst first: counted gaps by
    /// size (a stale one before a fresh one of the same size), then counted
    /// refreshes alone, then exempt skills, then refreshes coming due by
    /// `limit`, then the rest; ties keep display order.
    public func reviewOrder(dueSoonBy limit: Day) -> [SkillStatus] {
        SkillStatus.inReviewOrder(requirements, dueSoonBy: limit)
    }

    /// A counted gap in level (short, not exempt) in some required skill: what `:filter gaps` shows.
    public var hasShort: Bool { requirements.contains { $0.counts && $0.isShort } }

    /// A counted overdue refresh in some required skill: what `:filter due` shows.
    public var hasDue: Bool { requirements.contains { $0.counts && $0.due } }

    /// Whether the person holds role index `r`.
    public func holds(role r: Int) -> Bool { roles.contains(r) }
}
