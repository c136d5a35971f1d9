import Testing
@testable import CompetenceKit

/// The analysis of the bundled examples on the reference date 2026-11-01,
/// worked out by hand from design.md "Analysis" and pinned here.
///
/// Required levels per role (starter examples):
///
/// | role             | hear | nego | prob | paper | dev | audit | isms | basics | incid | secure | risk | drill |
/// | all-staff        |      |      |      |       |     |       |  2   |   2    |   1   |        |      |   2   |
/// | sales            |  4   |  3   |  3   |   2   |     |       |  3   |        |       |        |      |       |
/// | engineer         |      |      |  3   |       |  4  |       |      |   3    |   2   |   3    |      |       |
/// | security-manager |      |      |      |   3   |     |       |  5   |   4    |   4   |        |  4   |       |
/// | internal-auditor |      |      |      |       |     |   4   |  4   |        |       |        |  3   |       |
/// | contractor       |      |      |      |       |     |       |  2   |   2    |   1   |        |      |       |
///
/// Refresh intervals: audit 24, isms 12, secure 24, risk 12, drill 6 months.
///
/// By hand, on 2026-11-01 (req/cur; "due" when 2026-11-01 is later than the
/// latest evidence plus the interval; counted = short or due and not exempt):
///
/// | person | roles                  | counted gaps                                   | awareness | cat |
/// | p01    | sales, all-staff       | none                                           | correct   | A   |
/// | p02    | sales, all-staff       | none (isms 2025-11-01+12 = 2026-11-01: not later, not due) | lacking | C |
/// | p03    | engineer, all-staff    | dev 4/3 short 1; secure 3/2 short 1           | correct   | B   |
/// | p04    | engineer, all-staff    | none (secure 3/0 exempt until 2026-12-31)      | not set   | ?   |
/// | p05    | engineer, all-staff    | none                                           | wilful    | E   |
/// | p06    | sec-mgr, auditor, all  | none                                           | correct   | A   |
/// | p07    | auditor, all-staff     | audit 4/4 due (2024-06-01+24 = 2026-06-01); risk due but exempt until 2026-11-01 (inclusive) | correct | B |
/// | p08    | sales, all-staff       | hear 4/3, nego 3/2, prob 3/2, drill 2/1 short 1; isms due (2025-09-15+12) | lacking | D |
/// | p09    | engineer, all-staff    | isms 2/1 short+due; basics 3/2 short; secure 3/2 short | wilful | F |
/// | p10    | contractor, engineer   | none (contractor, not in all-staff)            | correct   | A   |
/// | p11    | sales, auditor, all    | isms 4/3 short 1 (two assessments on 2026-02-10: self 4 then exam 3; the later in the array counts) | correct | B |
/// | p12    | all-staff              | incid 1/0 short (exemption ended 2026-10-31); isms due; drill due (2026-03-31+6 clamps to 2026-09-30) | not set | ? |
///
/// Counts: A 3 (p01 p06 p10), B 3 (p03 p07 p11), C 1 (p02), D 1 (p08),
/// E 1 (p05), F 1 (p09), ? 2 (p04 p12); six people with counted gaps.
@Suite struct ExampleAnalysisTests {
    static let asOf = Day("2026-11-01")!

    static func load(_ name: String) throws -> Matrix {
        try MatrixFile.load(path: ExamplePaths.example(name))
    }

    /// One line per required skill: `skill req/cur state [counted] [refresh after DATE] [exempt until DATE]`.
    static func describe(_ m: Matrix, asOf: Day) -> String {
        let analysis = MatrixAnalysis(m, asOf: asOf)
        var lines = [String]()
        for status in analysis.people {
            let person = m.people[status.person]
            lines.append("\(person.id) \(status.category.letter) \(status.sufficient ? "sufficient" : "insufficient")")
            for r in status.requirements {
                var line = "  \(m.skills[r.skill].id) \(r.required)/\(r.current) \(r.state)"
                if r.counts { line += " counted" }
                if let due = r.refreshDueOn { line += " refresh-after \(due)" }
                if let e = r.exemption { line += " exempt-until \(e.until)" }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    static let starterTable = """
    p01 A sufficient
      hearing 4/4 met
      negotiation 3/3 met
      problem-finding 3/3 met
      paperwork 2/3 met
      isms-rules 3/3 met refresh-after 2027-04-10
      security-basics 2/2 met
      incident-response 1/2 met
      phishing-drill 2/3 met refresh-after 2027-03-15
    p02 C sufficient
      hearing 4/4 met
      negotiation 3/4 met
      problem-finding 3/3 met
      paperwork 2/2 met
      isms-rules 3/3 met refresh-after 2026-11-01
      security-basics 2/3 met
      incident-response 1/1 met
      phishing-drill 2/2 met refresh-after 2026-12-20
    p03 B insufficient
      problem-finding 3/3 met
      software-dev 4/3 short counted
      isms-rules 2/2 met refresh-after 2027-01-15
      security-basics 3/3 met
      incident-response 2/2 met
      secure-coding 3/2 short counted refresh-after 2027-06-01
      phishing-drill 2/2 met refresh-after 2026-12-01
    p04 ? sufficient
      problem-finding 3/3 met
      software-dev 4/4 met
      isms-rules 2/2 met refresh-after 2027-09-05
      security-basics 3/3 met
      incident-response 2/2 met
      secure-coding 3/0 short exempt-until 2026-12-31
      phishing-drill 2/2 met refresh-after 2027-03-15
    p05 E sufficient
      problem-finding 3/4 met
      software-dev 4/5 met
      isms-rules 2/3 met refresh-after 2027-02-01
      security-basics 3/4 met
      incident-response 2/3 met
      secure-coding 3/4 met refresh-after 2027-12-01
      phishing-drill 2/3 met refresh-after 2027-02-01
    p06 A sufficient
      paperwork 3/4 met
      audit-technique 4/4 met refresh-after 2027-05-20
      isms-rules 5/5 met refresh-after 2027-03-01
      security-basics 4/5 met
      incident-response 4/4 met
      risk-assessment 4/4 met refresh-after 2027-06-15
      phishing-drill 2/3 met refresh-after 2027-03-15
    p07 B insufficient
      audit-technique 4/4 due counted refresh-after 2026-06-01
      isms-rules 4/4 met refresh-after 2027-01-20
      security-basics 2/3 met
      incident-response 1/2 met
      risk-assessment 3/3 due refresh-after 2026-10-31 exempt-until 2026-11-01
      phishing-drill 2/2 met refresh-after 2027-03-15
    p08 D insufficient
      hearing 4/3 short counted
      negotiation 3/2 short counted
      problem-finding 3/2 short counted
      paperwork 2/2 met
      isms-rules 3/3 due counted refresh-after 2026-09-15
      security-basics 2/2 met
      incident-response 1/1 met
      phishing-drill 2/1 short counted refresh-after 2026-11-10
    p09 F insufficient
      problem-finding 3/3 met
      software-dev 4/4 met
      isms-rules 2/1 short+due counted refresh-after 2026-06-01
      security-basics 3/2 short counted
      incident-response 2/2 met
      secure-coding 3/2 short counted refresh-after 2027-01-10
      phishing-drill 2/2 met refresh-after 2027-01-01
    p10 A sufficient
      problem-finding 3/3 met
      software-dev 4/4 met
      isms-rules 2/2 met refresh-after 2027-07-01
      security-basics 3/3 met
      incident-response 2/2 met
      secure-coding 3/3 met refresh-after 2028-07-01
    p11 B insufficient
      hearing 4/4 met
      negotiation 3/4 met
      problem-finding 3/4 met
      paperwork 2/3 met
      audit-technique 4/4 met refresh-after 2027-11-20
      isms-rules 4/3 short counted refresh-after 2027-02-10
      security-basics 2/3 met
      incident-response 1/2 met
      risk-assessment 3/3 met refresh-after 2027-05-01
      phishing-drill 2/2 met refresh-after 2027-04-01
    p12 ? insufficient
      isms-rules 2/2 due counted refresh-after 2026-04-01
      security-basics 2/2 met
      incident-response 1/0 short counted
      phishing-drill 2/2 due counted refresh-after 2026-09-30
    """

    @Test func starterEnglishOnReferenceDate() throws {
        #expect(Self.describe(try Self.load("starter-en.json"), asOf: Self.asOf) == Self.starterTable)
    }

    @Test func starterJapaneseGivesTheSameResults() throws {
        #expect(Self.describe(try Self.load("starter-ja.json"), asOf: Self.asOf) == Self.starterTable)
    }

    @Test func starterCategoryCountsCoverEveryCategory() throws {
        let analysis = MatrixAnalysis(try Self.load("starter-en.json"), asOf: Self.asOf)
        let m = try Self.load("starter-en.json")
        let byCategory = analysis.peopleByCategory.mapValues { $0.map { m.people[$0].id } }
        #expect(byCategory == [.a: ["p01", "p06", "p10"], .b: ["p03", "p07", "p11"], .c: ["p02"], .d: ["p08"],
                               .e: ["p05"], .f: ["p09"], .unknown: ["p04", "p12"]])
        #expect(analysis.peopleWithGaps == 6)
        #expect(m.people.filter { $0.effectiveKind == .contractor }.map(\.id) == ["p10"])
    }

    /// Worst first: larger gaps, then overdue refreshes; equal ones keep display order.
    @Test func gapsWorstFirst() throws {
        let m = try Self.load("starter-en.json")
        let analysis = MatrixAnalysis(m, asOf: Self.asOf)
        let gaps = analysis.people.map { s in
            "\(m.people[s.person].id): " + s.gaps.map { "\(m.skills[$0.skill].id) \($0.gap)\($0.due ? " due" : "")" }.joined(separator: ", ")
        }
        #expect(gaps == [
            "p01: ", "p02: ",
            "p03: software-dev 1, secure-coding 1",
            "p04: ", "p05: ", "p06: ",
            "p07: audit-technique 0 due",
            "p08: hearing 1, negotiation 1, problem-finding 1, phishing-drill 1, isms-rules 0 due",
            "p09: isms-rules 1 due, security-basics 1, secure-coding 1",
            "p10: ",
            "p11: isms-rules 1",
            "p12: incident-response 1, isms-rules 0 due, phishing-drill 0 due",
        ])
    }

    /// 2026-03-31 plus six months is 2026-09-31, which does not exist: it
    /// clamps to 2026-09-30, so the drill is due from 2026-10-01 on (without
    /// the clamp it would roll over to 2026-10-01 and be due a day later).
    @Test func refreshClampsToTheEndOfAShorterMonth() throws {
        let m = try Self.load("starter-en.json")
        func drill(_ day: String) -> String {
            let status = MatrixAnalysis(m, asOf: Day(day)!).people[m.personIndex(id: "p12")!]
            let r = status.requirements.first { m.skills[$0.skill].id == "phishing-drill" }!
            return "\(r.state) \(r.refreshDueOn!)"
        }
        #expect(drill("2026-09-30") == "met 2026-09-30")
        #expect(drill("2026-10-01") == "due 2026-09-30")
    }

    /// An exemption holds up to and including its `until` date.
    @Test func exemptionHoldsThroughItsLastDay() throws {
        let m = try Self.load("starter-en.json")
        func incident(_ day: String) -> Bool {
            let status = MatrixAnalysis(m, asOf: Day(day)!).people[m.personIndex(id: "p12")!]
            return status.requirements.first { m.skills[$0.skill].id == "incident-response" }!.counts
        }
        #expect(incident("2026-10-31") == false)
        #expect(incident("2026-11-01") == true)
    }

    /// Assessments dated after the reference date are ignored: on 2025-12-31
    /// p01's hearing is the 2025 level 3, not the 2026 level 4.
    @Test func laterAssessmentsAreIgnored() throws {
        let m = try Self.load("starter-en.json")
        let status = MatrixAnalysis(m, asOf: Day("2025-12-31")!).people[0]
        let hearing = status.requirements.first { m.skills[$0.skill].id == "hearing" }!
        #expect("\(hearing.required)/\(hearing.current) \(hearing.state) \(hearing.evidence!.date)" == "4/3 short 2025-04-01")
    }

    /// The seed's sales role, by hand on 2026-11-01:
    ///
    /// | person | role       | counted gaps                                         | cat |
    /// | s01    | sales-lead | none                                                 | A   |
    /// | s02    | sales      | problem-finding 3/2 short; isms due (2025-10-20+12)  | B   |
    /// | s03    | sales      | incident-response 2/1 short                          | D   |
    /// | s04    | sales      | hearing 4/2, problem-finding 3/0, isms 3/2, basics 2/0, incident 2/0; negotiation exempt until 2027-03-31 | ? |
    @Test func salesJapanese() throws {
        let m = try Self.load("sales-ja.json")
        #expect(Self.describe(m, asOf: Self.asOf) == """
        s01 A sufficient
          hearing 5/5 met
          negotiation 4/5 met
          problem-finding 4/4 met
          paperwork 3/3 met
          isms-rules 3/4 met refresh-after 2027-04-10
          security-basics 3/3 met refresh-after 2027-04-10
          incident-response 3/3 met
        s02 B insufficient
          hearing 4/4 met
          negotiation 3/3 met
          problem-finding 3/2 short counted
          paperwork 2/3 met
          isms-rules 3/3 due counted refresh-after 2026-10-20
          security-basics 2/2 met refresh-after 2027-04-10
          incident-response 2/2 met
        s03 D insufficient
          hearing 4/4 met
          negotiation 3/4 met
          problem-finding 3/3 met
          paperwork 2/2 met
          isms-rules 3/3 met refresh-after 2027-04-10
          security-basics 2/2 met refresh-after 2027-04-10
          incident-response 2/1 short counted
        s04 ? insufficient
          hearing 4/2 short counted
          negotiation 3/0 short exempt-until 2027-03-31
          problem-finding 3/0 short counted
          paperwork 2/2 met
          isms-rules 3/2 short counted refresh-after 2027-10-05
          security-basics 2/0 short counted
          incident-response 2/0 short counted
        """)
    }

    /// `competence new --template starter` and the starter examples share
    /// their skills and roles, so the examples show what a new file holds.
    @Test func startersMatchTheTemplate() throws {
        for (file, language) in [("starter-en.json", MatrixTemplate.Language.en), ("starter-ja.json", .ja)] {
            let example = try Self.load(file)
            let template = MatrixTemplate.starter.matrix(language: language)
            #expect(example.skills == template.skills, "\(file)")
            #expect(example.roles == template.roles, "\(file)")
            #expect(example.levelNames == template.levelNames, "\(file)")
        }
    }
}
