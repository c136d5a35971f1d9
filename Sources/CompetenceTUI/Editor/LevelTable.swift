import CompetenceKit

/// Every person's current level in every skill on the reference date, in one
/// flat table, so that drawing a screenful of cells is a lookup per cell.
/// Built once per document shape; one person is refreshed after an edit.
struct LevelTable: Sendable {
    private(set) var levels: [UInt8]
    let stride: Int

    init(_ m: Matrix, index: MatrixIndex, asOf: Day) {
        stride = m.skills.count
        levels = Array(repeating: 0, count: m.people.count * stride)
        for p in m.people.indices { refresh(person: p, in: m, index: index, asOf: asOf) }
    }

    func level(person p: Int, skill s: Int) -> Int { Int(levels[p * stride + s]) }

    mutating func refresh(person p: Int, in m: Matrix, index: MatrixIndex, asOf: Day) {
        let base = p * stride
        for s in 0..<stride { levels[base + s] = 0 }
        for (skillID, a) in Analysis.currentAssessments(of: m.people[p], asOf: asOf) {
            if let s = index.skillByID[skillID] { levels[base + s] = UInt8(clamping: a.level) }
        }
    }
}
