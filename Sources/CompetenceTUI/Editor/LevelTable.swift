import CompetenceKit

/// Every person's current level in every skill on the reference date, in one
/// flat table, so that drawing a screenful of cells is a lookup per cell.
/// Built once per document shape; one person is refreshed after an edit.
struct LevelTable: Sendable {
    private(set) var levels: [UInt8]
    let stride: Int
    /// Scratch by skill index: the assessment chosen so far for the person
    /// being refreshed, or -1 (a dictionary per person made opening 10,000
    /// people slow; docs/performance.md).
    private var chosen: [Int]

    init(_ m: Matrix, index: MatrixIndex, asOf: Day) {
        stride = m.skills.count
        levels = Array(repeating: 0, count: m.people.count * stride)
        chosen = Array(repeating: -1, count: stride)
        for p in m.people.indices { refresh(person: p, in: m, index: index, asOf: asOf) }
    }

    func level(person p: Int, skill s: Int) -> Int { Int(levels[p * stride + s]) }

    /// The levels of `Analysis.currentAssessments`: per skill, the latest
    /// assessment on or before `asOf`; among equal dates, the later one.
    mutating func refresh(person p: Int, in m: Matrix, index: MatrixIndex, asOf: Day) {
        let base = p * stride
        for s in 0..<stride { levels[base + s] = 0 }
        let assessments = m.people[p].assessments
        var touched = [Int]()
        for (k, a) in assessments.enumerated() where a.date <= asOf {
            guard let s = index.skillIndex(of: a.skill), s < stride else { continue }
            if chosen[s] < 0 { touched.append(s) } else if assessments[chosen[s]].date > a.date { continue }
            chosen[s] = k
        }
        for s in touched {
            levels[base + s] = UInt8(clamping: assessments[chosen[s]].level)
            chosen[s] = -1
        }
    }
}
