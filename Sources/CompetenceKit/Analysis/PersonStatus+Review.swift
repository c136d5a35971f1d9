extension PersonStatus {
    /// Every required skill in review order, worst first: counted gaps by
    /// size (a stale one before a fresh one of the same size), then counted
    /// refreshes alone, then exempt skills, then refreshes coming due by
    /// `limit`, then the rest; ties keep display order.
    public func reviewOrder(dueSoonBy limit: Day) -> [SkillStatus] {
        func rank(_ s: SkillStatus) -> (Int, Int, Int) {
            if s.counts { return (0, -s.gap, s.due ? 0 : 1) }
            if s.exemption != nil { return (1, 0, 0) }
            return s.comesDue(by: limit) ? (2, 0, 0) : (3, 0, 0)
        }
        return requirements.enumerated()
            .map { (rank: rank($0.element), position: $0.offset, status: $0.element) }
            .sorted { ($0.rank.0, $0.rank.1, $0.rank.2, $0.position) < ($1.rank.0, $1.rank.1, $1.rank.2, $1.position) }
            .map(\.status)
    }

    /// A counted gap in level (short, not exempt) in some required skill: what `:filter gaps` shows.
    public var hasShort: Bool { requirements.contains { $0.counts && $0.isShort } }

    /// A counted overdue refresh in some required skill: what `:filter due` shows.
    public var hasDue: Bool { requirements.contains { $0.counts && $0.due } }

    /// Whether the person holds role index `r`.
    public func holds(role r: Int) -> Bool { roles.contains(r) }
}
