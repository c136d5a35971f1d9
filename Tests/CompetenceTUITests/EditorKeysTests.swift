import Testing
import CompetenceKit
@testable import CompetenceTUI

@Suite struct EditorKeysTests {
    @Test func theCursorStartsOnTheFirstCellOfEachView() {
        var s = Fixtures.state()
        #expect(s.cellDescription == "Sales requires Customer hearing at 4: Can do it alone")
        s.press(.tab)
        #expect(s.cellDescription == "Sato Hanako: Customer hearing 4, requires 4")
        s.press(.tab)
        #expect(s.view == .gaps)
        s.press(.tab)
        #expect(s.view == .awareness)
        s.press(.tab)
        #expect(s.view == .roles)
        s.press(.backTab)
        #expect(s.view == .awareness)
    }

    @Test func headingsAreNotCursorStops() {
        var s = Fixtures.state()
        s.press(.down, .down)
        #expect(s.cellDescription == "Sales requires ISMS rules at 2: Understands it")
        s.press(.char("k"), .char("l"))
        #expect(s.cellDescription == "Engineer does not require Paperwork")
        s.press(.char("G"))
        #expect(s.cellDescription == "Engineer requires Incident response at 3: Can do it with guidance")
        s.press(.char("g"), .home)
        #expect(s.cellDescription == "Sales requires Customer hearing at 4: Can do it alone")
        s.press(.end, .up, .left, .left)
        #expect(s.cursor == GridCursor(row: 0, column: 0, top: 0, left: 0))
    }

    @Test func levelsInRolesChangeRequires() {
        var s = Fixtures.state()
        s.press(.char("3"))
        #expect(s.document.roles[0].requires == ["hearing": 3, "isms": 2])
        #expect(s.message == .info("Sales requires Customer hearing at 3: Can do it with guidance"))
        s.press(.char("+"), .char("+"), .char("+"))
        #expect(s.document.roles[0].requires["hearing"] == 5)
        #expect(s.message == .info("Already at the highest level, 5"))
        s.press(.char("x"))
        #expect(s.document.roles[0].requires == ["isms": 2])
        #expect(s.cellDescription == "Sales does not require Customer hearing")
        s.press(.char("-"))
        #expect(s.message == .info("Already empty"))
        s.press(.down, .char("-"), .char("1"), .delete)
        #expect(s.document.roles[0].requires == ["isms": 2])
        #expect(s.isModified)
    }

    @Test func aLevelInPeopleAppendsAnAssessmentDatedTodayByTheAssessor() {
        var s = Fixtures.state()
        s.press(.tab, .down, .end)
        #expect(s.cellDescription == "Suzuki Ichiro: Incident response 2, requires 3, gap 1")
        s.press(.char("3"))
        #expect(s.document.people[1].assessments.last
            == Assessment(skill: "incident", level: 3, date: Fixtures.day, by: "tester"))
        #expect(s.cellDescription == "Suzuki Ichiro: Incident response 3, requires 3")
        // A second change the same day by the same assessor replaces it.
        s.press(.char("+"))
        #expect(s.document.people[1].assessments.count == 3)
        #expect(s.document.people[1].assessments.last?.level == 4)
        #expect(s.analysis.people[1].sufficient)
        // Someone else the same day adds their own.
        s.assessor = "other"
        s.press(.char("-"))
        #expect(s.document.people[1].assessments.count == 4)
        #expect(s.document.people[1].assessments.last == Assessment(skill: "incident", level: 3, date: Fixtures.day, by: "other"))
    }

    @Test func theSameLevelAgainRenewsEvidenceDueForRefresh() {
        var s = Fixtures.state()
        s.press(.tab, .right, .right)
        #expect(s.cellDescription == "Sato Hanako: ISMS rules 2, requires 2, due for refresh since 2026-06-02")
        s.press(.char("2"))
        #expect(s.cellDescription == "Sato Hanako: ISMS rules 2, requires 2")
        s.press(.char("2"))
        #expect(s.message == .info("Already at 2"))
        #expect(s.document.people[0].assessments.count == 3)
    }

    @Test func clearingAPersonsLevelRemovesThatSkillsAssessments() {
        var s = Fixtures.state()
        s.press(.tab, .char("0"))
        #expect(s.document.people[0].assessments.map(\.skill) == ["isms"])
        #expect(s.message == .info("Cleared Customer hearing for Sato Hanako: 1 assessment removed (u undoes)"))
        #expect(s.cellDescription == "Sato Hanako: Customer hearing none, requires 4, gap 4")
    }

    @Test func anAssessmentAfterTheReferenceDateSaysItIsNotCounted() {
        var s = EditorState(document: Fixtures.small, path: "small.json", asOf: Day("2026-10-01")!, today: Fixtures.day,
                            assessor: "tester", width: 60, height: 12, useColor: false)
        s.press(.tab, .char("5"))
        #expect(s.message == .info("Sato Hanako: Customer hearing 5, assessed 2026-11-01 by tester (after the reference date 2026-10-01, so not counted)"))
    }

    @Test func unknownKeysSaySoAndChangeNothing() {
        var s = Fixtures.state()
        let before = s.document
        s.press(.char("Z"))
        #expect(s.message == .error("Unknown key Z: press ? for every key and command"))
        s.press(.ctrl("z"))
        #expect(s.message == .error("Unknown key Ctrl-Z: press ? for every key and command"))
        #expect(s.document == before && !s.isModified)
    }

    @Test func qQuitsAtOnceWhenNothingChanged() {
        var s = Fixtures.state()
        #expect(s.press(.char("q")) == .quit)
        #expect(s.press(.ctrl("c")) == .quit)
    }

    @Test func qAsksWhenModifiedAndNOrEscCancels() {
        var s = Fixtures.state()
        s.press(.char("3"))
        #expect(s.press(.char("q")) == .none)
        #expect(s.mode == .confirm(Question(text: "Discard unsaved changes and quit? (y/n)", pending: .quit)))
        #expect(s.press(.char("z")) == .none)
        #expect(s.message == .error("Please answer y or n"))
        s.press(.char("n"))
        #expect(s.mode == .normal && s.message == .info("Not quitting"))
        s.press(.ctrl("c"))
        s.press(.escape)
        #expect(s.mode == .normal)
        s.press(.char("q"))
        #expect(s.press(.char("y")) == .quit)
    }

    @Test func ctrlSSavesToTheFile() {
        var s = Fixtures.state()
        #expect(s.press(.ctrl("s")) == .save(path: "small.json", quitAfter: false))
    }

    @Test func searchFindsRowsThenColumnsAndWraps() {
        var s = Fixtures.state()
        s.press(.tab)
        s.press([.char("/")] + Key.typing("ICHIRO") + [.enter])
        #expect(s.cursor.row == 1 && s.message == .info("/ICHIRO"))
        s.press(.char("n"))
        #expect(s.cursor.row == 1 && s.message == .info("/ICHIRO: search wrapped around"))
        s.press([.char("/")] + Key.typing("a") + [.enter])
        #expect(s.cursor.row == 2)
        s.press(.char("n"))
        #expect(s.cursor.row == 0)
        s.press(.char("N"))
        #expect(s.cursor.row == 2)
        s.press([.char("/")] + Key.typing("incident") + [.enter])
        #expect(s.cursor.column == 3)
        s.press([.char("/")] + Key.typing("nobody") + [.enter])
        #expect(s.message == .error("Not found: nobody"))
    }

    @Test func theCommandLineEditsAndRemembers() {
        var s = Fixtures.state()
        s.press([.char(":")] + Key.typing("add-rolX") + [.backspace] + Key.typing("e Audtor") + [.left, .left, .left, .char("i")])
        #expect(s.mode == .command(editorWith("add-role Auditor", cursor: 13, history: [])))
        s.press(.enter)
        #expect(s.document.roles.map(\.name) == ["Sales", "Engineer", "Auditor"])
        s.press([.char(":")] + Key.typing("sort name") + [.escape])
        #expect(s.mode == .normal && s.sort == .file)
        s.press(.char(":"), .up)
        guard case .command(let line) = s.mode else { Issue.record("not in command mode"); return }
        #expect(line.string == "add-role Auditor")
        s.press(.down, .backspace)
        #expect(s.mode == .normal)
    }

    @Test func aResizeKeepsTheCursorOnScreen() throws {
        var s = Fixtures.state(try Fixtures.example("starter-en.json"), width: 100, height: 30)
        s.press(.tab, .char("G"), .end)
        s.press(.resize(width: 40, height: 12))
        let line = s.screen[9]
        #expect(line.hasPrefix("Matsumoto S…"))
        #expect(s.cursor.top == 4 && s.cursor.left > 0)
    }

    private func editorWith(_ text: String, cursor: Int, history: [String]) -> LineEditor {
        var l = LineEditor(history: history)
        for c in text { l.insert(c) }
        for _ in 0..<(text.count - cursor) { l.left() }
        return l
    }
}
