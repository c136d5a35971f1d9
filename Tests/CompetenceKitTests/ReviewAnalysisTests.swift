import Testing
@testable import CompetenceKit

/// What the editor's Gaps and Awareness views read from the analysis: the
/// organisation's totals, each skill's standing in words, review order, and
/// the incremental refresh after an edit. Figures for the starter example on
/// 2026-11-01, worked out by hand from the table in ExampleAnalysisTests.
@Suite struct ReviewAnalysisTests {
    static let asOf = Day("2026-11-01")!

    static func starter() throws -> Matrix { try ExampleAnalysisTests.load("starter-en.json") }

    /// Counted gaps (short or due, not exempt) per skill, by hand:
    /// isms-rules p08 (due), p09, p11, p12 (due) = 4; secure-coding p03, p09 = 2;
    /// phishing-drill p08, p12 = 2; one each for software-dev (p03),
    /// audit-technique (p07), hearing, negotiation, problem-finding (p08),
    /// security-basics (p09), incident-response (p12); ties in display order
    /// (business first), so hearing is the first of the ones.
    /// Overdue and counted: p07 audit, p08 isms, p09 isms, p12 isms, p12 drill = 5.
    /// Coming due by 2026-12-01 (not due yet, last fresh day before
    /// 2026-12-01): p02 isms (2026-11-01), p08 drill (2026-11-10) = 2; p03's
    /// drill, fresh up to 2026-12-01 itself, first falls due on 2026-12-02.
    @Test func starterTotals() throws {
        let m = try Self.starter()
        let t = MatrixAnalysis(m, asOf: Self.asOf).totals
        #expect(t.people == 12)
        #expect(t.peopleWithGaps == 6)
        #expect(AwarenessCategory.allCases.map { "\($0.letter) \(t.count($0))" } == ["A 3", "B 3", "C 1", "D 1", "E 1", "F 1", "? 2"])
        let most = t.mostOftenShort(limit: 4, order: m.skillDisplayOrder).map { "\(m.skills[$0.skill].id) \($0.people)" }
        #expect(most == ["isms-rules 4", "secure-coding 2", "phishing-drill 2", "hearing 1"])
        #expect(t.gapsBySkill.reduce(0, +) == 15)
        #expect(t.refreshesOverdue == 5)
        #expect(t.refreshesDueSoon == 2)
        #expect(t.dueSoonBy == Day("2026-12-01")!)
    }

    /// A day later p02's ISMS rules fall due (C becomes D), p07's exemption
    /// for risk assessment has ended (its stale evidence counts now), and
    /// p03's drill enters the window.
    @Test func aDayLaterTheWindowMoves() throws {
        let t = MatrixAnalysis(try Self.starter(), asOf: Day("2026-11-02")!).totals
        #expect(t.peopleWithGaps == 7)
        #expect(t.count(.c) == 0)
        #expect(t.count(.d) == 2)
        #expect(t.refreshesOverdue == 7)
        #expect(t.refreshesDueSoon == 2)
    }

    /// Each required skill in review order with its standing in words.
    static func review(_ m: Matrix, _ id: String, asOf: Day = asOf) -> [String] {
        let analysis = MatrixAnalysis(m, asOf: asOf)
        let status = analysis.people[m.personIndex(id: id)!]
        return status.reviewOrder(dueSoonBy: analysis.dueSoonBy).map {
            "\(m.skills[$0.skill].id) \($0.required)/\($0.current) \($0.standing(dueSoonBy: analysis.dueSoonBy).summary)"
        }
    }

    @Test func reviewOrderIsWorstFirst() throws {
        let m = try Self.starter()
        #expect(Self.review(m, "p08") == [
            "hearing 4/3 short by 1",
            "negotiation 3/2 short by 1",
            "problem-finding 3/2 short by 1",
            "phishing-drill 2/1 short by 1",
            "isms-rules 3/3 due for refresh since 2026-09-16",
            "paperwork 2/2 met",
            "security-basics 2/2 met",
            "incident-response 1/1 met",
        ])
        // Short and stale before short alone.
        #expect(Self.review(m, "p09") == [
            "isms-rules 2/1 short by 1, due since 2026-06-02",
            "security-basics 3/2 short by 1",
            "secure-coding 3/2 short by 1",
            "problem-finding 3/3 met",
            "software-dev 4/4 met",
            "incident-response 2/2 met",
            "phishing-drill 2/2 met",
        ])
    }

    /// Counted refreshes, then exemptions (with their reason), then refreshes
    /// coming due, then the rest.
    @Test func exemptAndComingDueComeAfterCountedGaps() throws {
        let m = try Self.starter()
        #expect(Self.review(m, "p07") == [
            "audit-technique 4/4 due for refresh since 2026-06-02",
            "risk-assessment 3/3 exempt until 2026-11-01: Risk assessment OJT with the November review.",
            "isms-rules 4/4 met",
            "security-basics 2/3 met",
            "incident-response 1/2 met",
            "phishing-drill 2/2 met",
        ])
        #expect(Self.review(m, "p04").first == "secure-coding 3/0 exempt until 2026-12-31: New hire: secure coding course booked for December.")
        #expect(Self.review(m, "p02") == [
            "isms-rules 3/3 met, refresh due on 2026-11-02",
            "hearing 4/4 met",
            "negotiation 3/4 met",
            "problem-finding 3/3 met",
            "paperwork 2/2 met",
            "security-basics 2/3 met",
            "incident-response 1/1 met",
            "phishing-drill 2/2 met",
        ])
        // The next day the exemption has ended and the same skill counts.
        #expect(Self.review(m, "p07", asOf: Day("2026-11-02")!).prefix(2) == [
            "audit-technique 4/4 due for refresh since 2026-06-02",
            "risk-assessment 3/3 due for refresh since 2026-11-01",
        ])
    }

    @Test func escapedReasonAndNoReason() {
        let e = Exemption(skill: "x", reason: "a\u{1b}[31mb", until: Day("2027-01-01")!)
        #expect(SkillStanding.exempt(e).summary == "exempt until 2027-01-01: a\\e[31mb")
        #expect(SkillStanding.exempt(Exemption(skill: "x", reason: "", until: Day("2027-01-01")!)).summary == "exempt until 2027-01-01")
    }

    @Test func holdersOfEachRole() throws {
        let m = try Self.starter()
        let analysis = MatrixAnalysis(m, asOf: Self.asOf)
        let holders = m.roles.indices.map { r in "\(m.roles[r].id): " + analysis.holders[r].map { m.people[$0].id }.joined(separator: " ") }
        #expect(holders == [
            "all-staff: p01 p02 p03 p04 p05 p06 p07 p08 p09 p11 p12",
            "sales: p01 p02 p08 p11",
            "engineer: p03 p04 p05 p09 p10",
            "security-manager: p06",
            "internal-auditor: p06 p07 p11",
            "contractor: p10",
        ])
    }

    /// After any mix of edits refreshed one person or one role at a time, the
    /// analysis equals one made from scratch.
    @Test func incrementalRefreshEqualsAFreshAnalysis() throws {
        var m = try Self.starter()
        var analysis = MatrixAnalysis(m, asOf: Self.asOf)
        func expectFresh(_ step: String) {
            let fresh = MatrixAnalysis(m, asOf: Self.asOf)
            #expect(analysis.people == fresh.people, "\(step)")
            #expect(analysis.totals == fresh.totals, "\(step)")
            #expect(analysis.holders == fresh.holders, "\(step)")
        }
        // p08 closes their hearing gap and becomes aware: D stays D (other gaps), counts per skill drop.
        let p08 = m.personIndex(id: "p08")!
        m.people[p08].assessments.append(Assessment(skill: "hearing", level: 4, date: Self.asOf))
        analysis.refresh(person: p08, in: m)
        expectFresh("p08 hearing")
        // p12 gets awareness and the sales role.
        let p12 = m.personIndex(id: "p12")!
        m.people[p12].awareness = Awareness(state: .correct, date: Self.asOf)
        m.people[p12].roles.insert("sales", at: 0)
        analysis.refresh(person: p12, in: m)
        expectFresh("p12 sales")
        // p03 loses engineer.
        let p03 = m.personIndex(id: "p03")!
        m.people[p03].roles.removeAll { $0 == "engineer" }
        analysis.refresh(person: p03, in: m)
        expectFresh("p03 no engineer")
        // Sales now requires paperwork 4: only its holders change.
        let sales = m.roleIndex(id: "sales")!
        m.roles[sales].requires["paperwork"] = 4
        analysis.refresh(role: sales, in: m)
        expectFresh("sales paperwork 4")
        #expect(analysis.holders[sales].map { m.people[$0].id } == ["p01", "p02", "p08", "p11", "p12"])
        // The same with only the changed skills worked out again: a level
        // raised, one dropped (p11 keeps isms-rules 4 from internal-auditor),
        // one added in the middle of the display order, one added that
        // nobody has evidence for.
        m.roles[sales].requires["paperwork"] = 3
        analysis.refresh(role: sales, skills: ["paperwork"], in: m)
        expectFresh("sales paperwork 3, by skill")
        m.roles[sales].requires["isms-rules"] = nil
        m.roles[sales].requires["software-dev"] = 2
        m.roles[sales].requires["risk-assessment"] = 1
        analysis.refresh(role: sales, skills: ["isms-rules", "software-dev", "risk-assessment"], in: m)
        expectFresh("sales without isms, with software-dev and risk, by skill")
        let allStaff = m.roleIndex(id: "all-staff")!
        m.roles[allStaff].requires["security-basics"] = 3
        m.roles[allStaff].requires["incident-response"] = nil
        analysis.refresh(role: allStaff, skills: ["security-basics", "incident-response"], in: m)
        expectFresh("all-staff basics 3, no incident, by skill")
        // An exemption for p09's secure coding.
        let p09 = m.personIndex(id: "p09")!
        m.people[p09].exemptions.append(Exemption(skill: "secure-coding", reason: "course", until: Day("2027-01-31")!))
        analysis.refresh(person: p09, in: m)
        expectFresh("p09 exempt")
    }
}
