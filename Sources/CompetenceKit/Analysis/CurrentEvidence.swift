/// Finds each skill's current assessment for one person after another,
/// with the rules of `Analysis.currentAssessments` (the latest on or before
/// the reference date; among equal dates, the later in the array), using a
/// scratch array by skill index instead of a dictionary per person: for
/// every person of a large organisation the dictionaries cost more than
/// the rest of drawing or printing them (docs/performance.md).
public struct CurrentEvidence: Sendable {
    /// By skill index: the position of the assessment chosen so far, or -1.
    private var chosen: [Int]
    private var touched: [Int] = []

    public init(skillCount: Int) {
        chosen = [Int](repeating: -1, count: skillCount)
    }

    /// Calls `body` with the skill index and the current assessment of every
    /// skill `person` has evidence in on `asOf`, in no particular order.
    public mutating func forEach(of person: Person, index: MatrixIndex, asOf: Day,
                                 _ body: (_ skill: Int, _ assessment: Assessment) -> Void) {
        let assessments = person.assessments
        for k in assessments.indices where assessments[k].date <= asOf {
            guard let s = index.skillIndex(of: assessments[k].skill), s < chosen.count else { continue }
            if chosen[s] < 0 { touched.append(s) } else if assessments[chosen[s]].date > assessments[k].date { continue }
            chosen[s] = k
        }
        for s in touched {
            body(s, assessments[chosen[s]])
            chosen[s] = -1
        }
        touched.removeAll(keepingCapacity: true)
    }
}
