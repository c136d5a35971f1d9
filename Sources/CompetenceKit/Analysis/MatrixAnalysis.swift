/// The analysis of a whole document on one date: every person's status and
/// the A–F counts. Printing and the editor read from it.
public struct MatrixAnalysis: Sendable {
    public let asOf: Day
    public let index: MatrixIndex
    /// One per person, in document order.
    public private(set) var people: [PersonStatus]

    public init(_ m: Matrix, asOf: Day) {
        self.asOf = asOf
        let index = MatrixIndex(m)
        self.index = index
        self.people = m.people.indices.map { Analysis.status(of: $0, in: m, index: index, asOf: asOf) }
    }

    /// Recomputes one person after an edit, leaving everyone else as they were.
    public mutating func refresh(person p: Int, in m: Matrix) {
        people[p] = Analysis.status(of: p, in: m, index: index, asOf: asOf)
    }

    /// Person indices in each category.
    public var peopleByCategory: [AwarenessCategory: [Int]] {
        var out = [AwarenessCategory: [Int]]()
        for c in AwarenessCategory.allCases { out[c] = [] }
        for s in people { out[s.category, default: []].append(s.person) }
        return out
    }

    /// People with at least one counted gap or overdue refresh.
    public var peopleWithGaps: Int { people.reduce(0) { $0 + ($1.sufficient ? 0 : 1) } }
}
