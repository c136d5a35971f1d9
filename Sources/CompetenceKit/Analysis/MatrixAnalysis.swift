/// The analysis of a whole document on one date: every person's status and
/// the A–F counts. Printing and the editor read from it.
public struct MatrixAnalysis: Sendable {
    public let asOf: Day
    public let index: MatrixIndex
    /// One per person, in document order.
    public private(set) var people: [PersonStatus]
    /// Organisation-wide figures, kept current by `refresh`.
    public private(set) var totals: AnalysisTotals
    /// Person indices holding each role, by role index, ascending.
    public private(set) var holders: [[Int]]

    /// How far ahead a review looks for refreshes coming due.
    public static let dueSoonDays = 30

    public init(_ m: Matrix, asOf: Day) {
        self.asOf = asOf
        let index = MatrixIndex(m)
        self.index = index
        var builder = PersonStatusBuilder(m, index: index, asOf: asOf)
        let people = m.people.indices.map { builder.status(of: $0) }
        self.people = people
        var totals = AnalysisTotals(skills: m.skills.count, dueSoonBy: asOf.adding(days: MatrixAnalysis.dueSoonDays))
        var holders = [[Int]](repeating: [], count: m.roles.count)
        for s in people {
            totals.add(s)
            // A role listed twice counts once (a set per person would cost more than the rest).
            for (k, r) in s.roles.enumerated() where !s.roles[..<k].contains(r) { holders[r].append(s.person) }
        }
        self.totals = totals
        self.holders = holders
    }

    /// Recomputes one person after an edit, leaving everyone else as they were.
    public mutating func refresh(person p: Int, in m: Matrix) {
        replace(person: p, with: Analysis.status(of: p, in: m, index: index, asOf: asOf))
    }

    /// Puts a person's new status in place, moving the totals and the role holders with it.
    mutating func replace(person p: Int, with new: PersonStatus) {
        let old = people[p]
        totals.add(old, sign: -1)
        totals.add(new)
        people[p] = new
        if old.roles != new.roles {
            let before = Set(old.roles), after = Set(new.roles)
            for r in before.subtracting(after) { holders[r].removeAll { $0 == p } }
            for r in after.subtracting(before) {
                let at = holders[r].firstIndex { $0 > p } ?? holders[r].count
                holders[r].insert(p, at: at)
            }
        }
    }

    /// Recomputes the holders of role `r` after its requirements changed:
    /// nobody else can be affected.
    public mutating func refresh(role r: Int, in m: Matrix) {
        var builder = PersonStatusBuilder(m, index: index, asOf: asOf)
        for p in holders[r] { replace(person: p, with: builder.status(of: p)) }
    }

    /// The day a review's "due soon" window ends: the reference date plus 30 days.
    public var dueSoonBy: Day { totals.dueSoonBy }

    /// Person indices in each category.
    public var peopleByCategory: [AwarenessCategory: [Int]] {
        var out = [AwarenessCategory: [Int]]()
        for c in AwarenessCategory.allCases { out[c] = [] }
        for s in people { out[s.category, default: []].append(s.person) }
        return out
    }

    /// People with at least one counted gap or overdue refresh.
    public var peopleWithGaps: Int { totals.peopleWithGaps }
}
