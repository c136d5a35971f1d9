import Foundation
import Testing
import CompetenceKit
@testable import CompetenceTUI

/// The editor's level table (built with scratch arrays for speed, issue 7)
/// holds exactly the levels of `Analysis.currentAssessments`, for every
/// person and skill of the examples, on dates before, among and after
/// their assessments, and in a document whose assessments are out of date
/// order with ties.
@Suite struct LevelTableTests {
    static func expected(_ m: Matrix, index: MatrixIndex, asOf: Day) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: m.people.count * m.skills.count)
        for (p, person) in m.people.enumerated() {
            for (id, a) in Analysis.currentAssessments(of: person, asOf: asOf) {
                if let s = index.skillByID[id] { out[p * m.skills.count + s] = UInt8(a.level) }
            }
        }
        return out
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func levelsAreTheCurrentAssessments() throws {
        var documents = try ["starter-en.json", "starter-ja.json", "sales-ja.json"].map {
            try MatrixFile.load(path: Self.root.appendingPathComponent("Examples/\($0)").path)
        }
        // Out of date order, ties on one date (the later entry wins), and evidence after the reference date.
        var shuffled = try MatrixFile.decode(Array(Fixtures.smallJSON.utf8), file: "x")
        shuffled.people[0].assessments = [
            Assessment(skill: "isms", level: 5, date: Day("2026-05-01")!),
            Assessment(skill: "isms", level: 1, date: Day("2025-05-01")!),
            Assessment(skill: "isms", level: 3, date: Day("2026-05-01")!),
            Assessment(skill: "hearing", level: 2, date: Day("2027-01-01")!),
            Assessment(skill: "hearing", level: 4, date: Day("2024-01-01")!),
        ]
        documents.append(shuffled)
        var compared = 0
        for m in documents {
            for asOf in ["2024-06-01", "2026-04-10", "2026-05-01", "2026-11-01", "2030-01-01"].map({ Day($0)! }) {
                let index = MatrixIndex(m)
                #expect(LevelTable(m, index: index, asOf: asOf).levels == Self.expected(m, index: index, asOf: asOf))
                compared += m.people.count
            }
        }
        #expect(compared > 50)
    }
}
