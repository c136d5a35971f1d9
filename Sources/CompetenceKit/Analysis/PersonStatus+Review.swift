extension SkillStatus {
    /// Positions in `statuses` (in display order) of those that `include`
    /// keeps, in review order as `PersonStatus.reviewOrder(dueSoonBy:)`
    /// describes. Positions, not copies, so that a page of thousands of
    /// people costs two small arrays of integers each.
    public static func reviewPositions(_ statuses: [SkillStatus], dueSoonBy limit: Day,
                                       where include: (SkillStatus) -> Bool = { _ in true }) -> [Int] {
        var keyed: [(rank: Int, position: Int)] = []
        keyed.reserveCapacity(statuses.count)
        for i in statuses.indices where include(statuses[i]) {
            keyed.append((statuses[i].reviewRank(dueSoonBy: limit), i))
        }
        keyed.sort { ($0.rank, $0.position) < ($1.rank, $1.position) }
        return keyed.map(\.position)
    }

    /// Smaller is worse: counted gaps by size (stale first), then exempt, then coming due, then the rest.
    func reviewRank(dueSoonBy limit: Day) -> Int {
        if counts { return -1000 - 10 * gap + (due ? 0 : 1) }
        if exemption != nil { return 1 }
        return comesDue(by: limit) ? 2 : 3
    }
}

extension PersonStatus {
    /// Every required skill in review order, worst first: counted gaps by
    /// size (a stale one before a fresh one of the same size), then counted
    /// refreshes alone, then exempt skills, then refreshes coming due by
    /// `limit`, then the rest; ties keep display order.
    public func reviewOrder(dueSoonBy limit: Day) -> [SkillStatus] {
        SkillStatus.reviewPositions(requirements, dueSoonBy: limit).map { requirements[$0] }
    }

    /// A counted gap in level (short, not exempt) in some required skill: what `:filter gaps` shows.
    public var hasShort: Bool { requirements.contains { $0.counts && $0.isShort } }

    /// A counted overdue refresh in some required skill: what `:filter due` shows.
    public var hasDue: Bool { requirements.contains { $0.counts && $0.due } }

    /// Whether the person holds role index `r`.
    public func holds(role r: Int) -> Bool { roles.contains(r) }
}
