import Testing
@testable import CompetenceKit

/// The analysis builder (issue 7: scratch arrays by skill index) against the
/// straightforward rules it replaced, written with the public dictionaries
/// of `Analysis`: every person's status must be the same, on the examples
/// and on every document the loader's mutations produce that still loads.
@Suite struct AnalysisDifferentialTests {
    /// `Analysis.status` as it was first written: a dictionary of required
    /// levels and one of current assessments per person.
    static func referenceStatus(of p: Int, in m: Matrix, index: MatrixIndex, asOf: Day) -> PersonStatus {
        let person = m.people[p]
        let required = Analysis.requiredLevels(of: person, in: m, index: index)
        let current = Analysis.currentAssessments(of: person, asOf: asOf)
        var reqs = [SkillStatus]()
        for s in index.skillOrder {
            guard let level = required[s] else { continue }
            reqs.append(Analysis.skillStatus(skill: s, required: level, person: person, in: m, current: current, asOf: asOf))
        }
        let sufficient = !reqs.contains { $0.counts }
        return PersonStatus(person: p, roles: person.roles.compactMap { index.roleByID[$0] }, requirements: reqs,
                            category: AwarenessCategory(sufficient: sufficient, awareness: person.awareness?.state))
    }

    static let dates = ["2024-01-01", "2026-04-10", "2026-11-01", "2027-01-01", "2030-06-30"].map { Day($0)! }

    /// People whose status differs from the reference, described.
    static func differences(in m: Matrix) -> [String] {
        var out = [String]()
        for asOf in dates {
            let analysis = MatrixAnalysis(m, asOf: asOf)
            for p in m.people.indices {
                let expected = referenceStatus(of: p, in: m, index: analysis.index, asOf: asOf)
                if analysis.people[p] != expected { out.append("people[\(p)] on \(asOf) in the whole analysis") }
                if Analysis.status(of: p, in: m, index: analysis.index, asOf: asOf) != expected {
                    out.append("people[\(p)] on \(asOf) alone")
                }
            }
        }
        return out
    }

    @Test func examplesAndMutatedDocumentsAnalyseAlike() throws {
        var r = LoaderDifferentialTests.Random(state: 11)
        var documents = 0, people = 0
        var failures = [String]()
        for doc in try LoaderDifferentialTests.seeds() {
            for round in 0..<150 {
                var d = doc
                if round > 0 { for _ in 0...r.below(2) { d = LoaderDifferentialTests.mutate(d, &r) } }
                guard let m = try? MatrixFile.decode(d, file: "f.json") else { continue }
                documents += 1
                people += m.people.count
                failures += Self.differences(in: m)
            }
        }
        #expect(failures.count == 0, "first: \(failures.first ?? "")")
        #expect(documents >= 100 && people >= 1000, "only \(documents) documents with \(people) people analysed")
    }

    /// An edit made through the editor's path (`refresh`) gives what a fresh analysis gives.
    @Test func refreshAfterAnEditMatchesAFreshAnalysis() throws {
        var m = try MatrixFile.decode(Array(LoaderDifferentialTests.everything.utf8), file: "x")
        let asOf = Day("2026-11-01")!
        var analysis = MatrixAnalysis(m, asOf: asOf)
        m.people[0].assessments.append(Assessment(skill: "hearing", level: 1, date: Day("2026-10-31")!, by: "Kato"))
        analysis.refresh(person: 0, in: m)
        #expect(analysis.people == MatrixAnalysis(m, asOf: asOf).people)
        #expect(analysis.people[0] == Self.referenceStatus(of: 0, in: m, index: analysis.index, asOf: asOf))
    }
}
