import Testing
import CompetenceKit
@testable import CompetenceTUI

/// The evidence form, the history pane, awareness entry, exemptions and the
/// reference date, on the starter example on 2026-11-01.
@Suite struct EvidenceEntryTests {
    static func starter() throws -> EditorState { try ReviewViewsTests.starter() }

    /// The People view on p08 Kobayashi Mei's Customer hearing (3 of 4).
    static func onKobayashiHearing() throws -> EditorState {
        var s = try starter()
        s.press(.tab)
        s.press(Array(repeating: Key.down, count: 7))
        return s
    }

    @Test func theFormSavesANewAssessmentWithEveryFieldAndTheGapCloses() throws {
        var s = try Self.onKobayashiHearing()
        let original = s.document
        s.press(.enter)
        s.press(Key.typing("4") + [.tab, .tab, .tab] + Key.typing("exam") + [.tab] + Key.typing("LMS record 1234") + [.tab, .char("y")])
        expectScreen(s.screen, [
            " Roles  People  Gaps  Awareness   Example Corp ISMS competence matrix                         ? help",
            "Person \\ Skill │ Customer hearing Negotiation and pro… Finding problems Paperwork Software developm▸",
            "Sato Hanako    │        4                  3                  3             3              ·",
            "Suzuki Ichiro  │        4                  4                  3             2              ·",
            "Takahashi Ken  │        ·                  ·                  3             ·              3!",
            "Watanabe Yuki  │        ·                  ·                  3             ·              4",
            "Ito Daisuke    │        ·                  ·                  4             ·              5",
            "Yamamoto Aya   │        ·                  ·                  ·             4              ·",
            "Nakamura Jun   │        ·                  ·                  ·             ·              ·",
            "Kobayashi Mei  │        3!                 2!                 2!            2              ·",
            "Kato Shota┌─ New assessment ─────────────────────────────────────────────────────────────┐ 4",
            "Yoshida Re│ Kobayashi Mei · Customer hearing                                             │ 4",
            "Inoue Kaor│ requires 4 · now 3, assessed 2026-04-01 by Mori (sales manager)              │ ·",
            "Matsumoto │                                                                              │ ·",
            "          │   Level     4                               4: Can do it alone               │",
            "          │   Date      2026-11-01                      YYYY-MM-DD                       │",
            "          │   Assessor  tester                          who assessed                     │",
            "          │   Method    exam                            self, manager, exam, training, … │",
            "          │   Evidence  LMS record 1234                 record, certificate, note        │",
            "          │ ▸ Effective y                               yes, no or blank (training effe… │",
            "          └──────────────────────────────────────────────────────────────────────────────┘",
            "", "", "", "", "", "", "",
            " starter-en.json │ People │ Kobayashi Mei: Customer hearing 3, requires 4, gap 1",
            "Tab, Shift-Tab: next, previous field · Enter: save · Esc: cancel",
        ])
        // The terminal cursor is after the typed text of the focused field.
        #expect(EditorView.render(s).cursor.map { "\($0.x),\($0.y)" } == "25,19")
        s.press(.enter)
        #expect(s.mode == .normal)
        #expect(s.message == .info("Kobayashi Mei: Customer hearing 4 on 2026-11-01 by tester (exam)"))
        let p08 = s.document.personIndex(id: "p08")!
        #expect(s.document.people[p08].assessments.count == original.people[p08].assessments.count + 1)
        #expect(s.document.people[p08].assessments.last == Assessment(
            skill: "hearing", level: 4, date: Fixtures.day, by: "tester", method: "exam", evidence: "LMS record 1234", effective: true))
        #expect(s.cellDescription == "Kobayashi Mei: Customer hearing 4, requires 4")
        s.press(.tab)
        #expect(s.screen[5...8].map { String($0.prefix(60)) } == [
            "Negotiation and proposal   │   3   2   1  2026-04-01  Mori (",
            "Finding problems           │   3   2   1  2026-04-01  Mori (",
            "Targeted-attack mail drill │   2   1   1  2026-05-10  Yamamo",
            "ISMS/PMS rules             │   3   3   ·  2025-09-15  Yamamo",
        ])
        #expect(s.screen[9] == "Customer hearing           │   4   4   ·  2026-11-01  tester        met")
        s.press(.char("u"))
        #expect(s.document == original)
        #expect(!s.isModified)
    }

    @Test func theFormSaysWhatIsWrongAndWhere() throws {
        var s = try Self.onKobayashiHearing()
        let original = s.document
        func form() -> EvidenceForm? { if case .panel(.evidence(let f)) = s.mode { return f } else { return nil } }
        s.press(.enter, .enter)
        #expect(s.message == .error("Level: type a level from 1 to 5"))
        s.press(.char("7"), .enter)
        #expect(s.message == .error("Level: a whole number from 1 to 5, not '7'"))
        s.press(.backspace, .char("3"), .tab)
        #expect(form()?.focus == .date)
        s.press(Array(repeating: Key.backspace, count: 5) + Key.typing("02-30") + [.enter])
        #expect(s.message == .error("Date: 2026-02-30 does not exist"))
        #expect(form()?.focus == .date)
        // The problem shows beside the field too (the box is below p08's row).
        #expect(s.screen[15] == "          │ ▸ Date      2026-02-30                      Date: 2026-02-30 does not exist  │")
        s.press(.home, .delete, .delete, .enter)
        #expect(s.message == .error("Date: YYYY-MM-DD, not '26-02-30'"))
        s.press(.char("2"), .char("0"), .end, .backspace, .backspace, .char("2"), .char("8"))
        #expect(form()?.text(.date) == "2026-02-28")
        s.press(.backTab, .backTab)
        #expect(form()?.focus == .effective)
        s.press(Key.typing("maybe") + [.enter])
        #expect(s.message == .error("Effective: yes, no or blank, not 'maybe'"))
        #expect(form()?.focus == .effective)
        s.press(.down)
        #expect(form()?.focus == .level)
        s.press(.escape)
        #expect(s.mode == .normal)
        #expect(s.message == .info("Nothing saved"))
        #expect(s.document == original)
    }

    @Test func formFieldsTurnIntoAnAssessment() {
        var f = EvidenceForm(person: 0, skill: 0, today: Fixtures.day, assessor: "  Tanaka ")
        f[.level] = LineEditor(text: " 5 ")
        f[.effective] = LineEditor(text: "No")
        #expect(f.assessment(skillID: "s") == .success(Assessment(skill: "s", level: 5, date: Fixtures.day, by: "Tanaka", effective: false)))
        f[.assessor] = LineEditor()
        f[.effective] = LineEditor()
        f[.method] = LineEditor(text: "OJT")
        #expect(f.assessment(skillID: "s") == .success(Assessment(skill: "s", level: 5, date: Fixtures.day, method: "OJT")))
        f[.level] = LineEditor(text: "0")
        #expect(f.assessment(skillID: "s") == .failure(EvidenceForm.Problem(field: .level, message: "Level: a whole number from 1 to 5, not '0'")))
        f[.level] = LineEditor(text: "2")
        f[.date] = LineEditor(text: "2026-13-01")
        #expect(f.assessment(skillID: "s") == .failure(EvidenceForm.Problem(field: .date, message: "Date: 2026-13-01 does not exist")))
        f[.date] = LineEditor(text: "2026/01/01")
        #expect(f.assessment(skillID: "s") == .failure(EvidenceForm.Problem(field: .date, message: "Date: YYYY-MM-DD, not '2026/01/01'")))
    }

    /// p11 Inoue Kaori has two ISMS/PMS rules assessments on 2026-02-10,
    /// self 4 then exam 3: the later in the file counts and is listed first.
    @Test func historyListsNewestFirstAndRemovesAfterAsking() throws {
        var s = try Self.starter()
        let original = s.document
        s.press(.tab)
        s.press(Array(repeating: Key.down, count: 10))
        s.press(Array(repeating: Key.right, count: 6))
        s.press(.char("H"))
        // Below her row (screen row 12).
        #expect(s.screen[13...17] == [
            "Ma┌─ History: Inoue Kaori · ISMS/PMS rules ──────────────────────────────────────────────────────┐",
            "  │ Date       Level Assessor          Method      Effective        Evidence                     │",
            "  │ 2026-02-10 3     Yamamoto (ISMS s… exam                  counts LMS record 4240              │",
            "  │ 2026-02-10 4     self              self                         Self-assessment sheet 2026   │",
            "  └──────────────────────────────────────────────────────────────────────────────────────────────┘",
        ])
        s.press(.char("j"), .char("x"))
        #expect(s.screen[29] == "Remove the assessment of 2026-02-10, level 4 by self? (y/n)")
        s.press(.char("z"))
        #expect(s.screen[29] == "Remove the assessment of 2026-02-10, level 4 by self? (y/n) Please answer y or n")
        s.press(.escape)
        #expect(s.message == .info("Nothing removed"))
        #expect(s.document == original)
        s.press(.char("x"), .char("y"))
        #expect(s.message == .info("Inoue Kaori: removed the ISMS/PMS rules assessment of 2026-02-10 (u undoes)"))
        #expect(s.screen[16].hasPrefix("  └───"))
        #expect(s.isModified)
        s.press(.char("u"))
        #expect(s.document == original)
        #expect(s.screen[16].hasPrefix("  │ 2026-02-10 4     self"))
        s.press(.escape)
        #expect(s.mode == .normal)
    }

    /// The history's Enter adds an assessment and comes back to the list.
    @Test func historyEnterOpensTheFormAndComesBack() throws {
        var s = try Self.onKobayashiHearing()
        s.press(.char("H"), .enter)
        s.press(Key.typing("5") + [.enter])
        guard case .panel(.history(let pane)) = s.mode else { Issue.record("not back in the history: \(s.mode)"); return }
        #expect(pane.personID == "p08" && pane.skillID == "hearing")
        #expect(s.screen.contains { $0.contains("2026-11-01 5     tester") && $0.contains("counts") })
    }

    /// p12 Matsumoto Sora has no awareness (category ?) and gaps: lacking makes her D.
    @Test func awarenessKeyAndNoteMoveTheCountsAndUndo() throws {
        var s = try Self.starter()
        let original = s.document
        s.press(.tab, .char("G"), .char("a"))
        #expect(s.screen[29] == "Awareness of Matsumoto Sora (not assessed): c correct, l lacking, w wilful, n not assessed")
        s.press(.char("q"))
        #expect(s.message == .error("Please press c, l, w or n (Esc cancels)"))
        s.press(.char("l"))
        #expect(s.message == .info("Matsumoto Sora: awareness lacking on 2026-11-01"))
        s.command("note Reminded of the reporting rule")
        let p12 = s.document.personIndex(id: "p12")!
        #expect(s.document.people[p12].awareness == Awareness(state: .lacking, date: Fixtures.day, note: "Reminded of the reporting rule"))
        s.press(.tab, .tab)
        #expect(s.screen[7].contains("D  2 people") && s.screen[10].contains("?  1 person"))
        s.press(.char("u"), .char("u"))
        #expect(s.document == original)
        // :aware, then n takes the state away again; p04 keeps her note.
        s.press(.char("g"), .down, .down, .down)
        s.command("aware correct")
        let p04 = s.document.personIndex(id: "p04")!
        #expect(s.document.people[p04].awareness == Awareness(state: .correct, date: Fixtures.day, note: "Assess after the probation period."))
        s.press(.char("a"), .char("n"))
        #expect(s.document.people[p04].awareness == original.people[p04].awareness)
        s.press(.char("a"), .escape)
        #expect(s.message == .info("Awareness unchanged"))
    }

    /// p09 Kato Shota is short in secure coding (3, has 2).
    @Test func exemptAndUnexemptThePersonUnderTheCursor() throws {
        var s = try Self.starter()
        let original = s.document
        s.press(.tab)
        s.press(Array(repeating: Key.down, count: 8))
        s.command("exempt secure-coding 2027-03-31 Course booked for March")
        #expect(s.message == .info("Kato Shota: Secure coding exempt until 2027-03-31"))
        s.press(.end, .left, .left)
        #expect(s.cellDescription == "Kato Shota: Secure coding 2, requires 3, exempt until 2027-03-31 (Course booked for March)")
        #expect(s.screen[10].contains("(2!)"))
        s.press(.tab)
        #expect(s.screen[2] == "Most often short or due: ISMS/PMS rules 4 · Targeted-attack mail drill 2 · Customer hearing 1")
        #expect(s.screen[7] == "Secure coding              │   3   2   1  2025-01-10  Hayashi (en…  exempt until 2027-03-31: Course…")
        // Replacing it: the new one holds, the old one goes.
        s.press(.backTab)
        s.command("exempt secure-coding 2026-12-31 Sooner")
        let p09 = s.document.personIndex(id: "p09")!
        #expect(s.document.people[p09].exemptions == [Exemption(skill: "secure-coding", reason: "Sooner", until: Day("2026-12-31")!)])
        s.command("unexempt secure-coding")
        #expect(s.message == .info("Kato Shota: Secure coding no longer exempt"))
        #expect(s.document == original)
        s.command("unexempt secure-coding")
        #expect(s.message == .info("Kato Shota has no exemption for Secure coding on 2026-11-01"))
        s.command("exempt secure-coding 2027-02-30 x")
        #expect(s.message == .error(":exempt expects a date YYYY-MM-DD that exists, found '2027-02-30'"))
        s.command("exempt secure 2027-01-31 x")
        #expect(s.message == .error("No skill with id secure; Kato Shota's roles require: problem-finding, software-dev, isms-rules, security-basics, incident-response, secure-coding, phishing-drill"))
        s.command("exempt secure-coding 2027-01-31")
        #expect(s.message == .error("Usage: :exempt SKILL-ID UNTIL-DATE REASON"))
        s.press(.char("u"), .char("u"), .char("u"))
        #expect(s.document == original)
    }

    /// p12's incident-response exemption ended on 2026-10-31: it is kept as a record.
    @Test func anEndedExemptionIsKept() throws {
        var s = try Self.starter()
        s.press(.tab, .char("G"))
        s.command("unexempt incident-response")
        #expect(s.message == .info("Matsumoto Sora has no exemption for Incident response on 2026-11-01"))
        #expect(!s.isModified)
    }

    /// A day later p02's ISMS rules fall due (C becomes D) and p07's exemption has ended.
    @Test func asOfWorksEveryViewOutForThatDate() throws {
        var s = try Self.starter()
        s.press(.tab, .tab)
        s.command("as-of 2026-11-02")
        #expect(s.message == .info("Reference date 2026-11-02: every view worked out for it"))
        #expect(s.screen[1] == "7 of 12 people have a gap · 7 refreshes overdue · 2 due within 30 days (by 2026-12-02)")
        #expect(s.screen[28].hasPrefix(" starter-en.json │ as of 2026-11-02 │ Gaps │ Sato Hanako"))
        s.press(.tab)
        #expect(s.screen[4].contains("C  0 people") && s.screen[7].contains("D  2 people"))
        s.command("as-of today")
        #expect(s.message == .info("Reference date 2026-11-01 (today): every view worked out for it"))
        #expect(s.screen[4].contains("C  1 person"))
        #expect(s.screen[28].hasPrefix(" starter-en.json │ Awareness │"))
        s.command("as-of 2026-11-31")
        #expect(s.message == .error(":as-of expects a date YYYY-MM-DD that exists (or today), found '2026-11-31'"))
    }
}
