import CompetenceKit

/// Every person's current level in every skill on the reference date, in one
/// flat table, so that drawing a screenful of cells is a lookup per cell.
/// Built once per document shape; one person is refreshed after an edit.
struct LevelTable: Sendable {
    private(set) var levels: [UInt8]
    let stride: Int
    /// Finds the current evidence without a dictionary per person (opening
    /// 10,000 people was slow with them; docs/performance.md).
    private var evidence: CurrentEvidence

    init(_ m: Matrix, index: MatrixIndex, asOf: Day) {
        stride = m.skills.count
        levels = Array(repeating: 0, count: m.people.count * stride)
        evidence = CurrentEvidence(skillCount: stride)
        for p in m.people.indices { refresh(person: p, in: m, index: index, asOf: asOf) }
    }

    func level(person p: Int, skill s: Int) -> Int { Int(levels[p * stride + s]) }

    /// The levels of `Analysis.currentAssessments`: per skill, the latest
    /// assessment on or before `asOf`; among equal dates, the later one.
    mutating func refresh(person p: Int, in m: Matrix, index: MatrixIndex, asOf: Day) {
        let base = p * stride
        for s in 0..<stride { levels[base + s] = 0 }
        // The table is moved out while `evidence` (also part of self) is in use; no copy is made.
        var row = levels
        levels = []
        evidence.forEach(of: m.people[p], index: index, asOf: asOf) { s, a in row[base + s] = UInt8(clamping: a.level) }
        levels = row
    }
}
