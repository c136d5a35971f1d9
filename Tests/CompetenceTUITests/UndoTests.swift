import Testing
import CompetenceKit
@testable import CompetenceTUI

@Suite struct UndoTests {
    /// Every kind of edit, one after another.
    static let edits: [Key] = [.char("3"), .down, .char("+"), .char("x")]
        + [.char(":")] + Key.typing("add-role Auditor") + [.enter]
        + [.char(":")] + Key.typing("add-skill Audit business") + [.enter]
        + [.char(":")] + Key.typing("rename Customer listening") + [.enter]
        + [.char(":")] + Key.typing("delete-column") + [.enter, .char("y")]
        + [.tab, .char("5"), .down, .char("3"), .char("0"), .right, .char("+")]
        + [.char(":")] + Key.typing("assign sales") + [.enter]
        + [.char(":")] + Key.typing("unassign engineer") + [.enter]
        + [.char(":")] + Key.typing("aware lacking") + [.enter]
        + [.char(":")] + Key.typing("add-person 新人") + [.enter]
        + [.char(":")] + Key.typing("delete") + [.enter, .char("y")]
        + [.char(":")] + Key.typing("delete") + [.enter, .char("y")]

    @Test func undoReturnsTheDocumentExactlyAndRedoReplaysIt() {
        var s = Fixtures.state()
        let original = s.document
        var snapshots = [s.document]
        for key in Self.edits {
            let before = s.document
            s.press(key)
            if s.document != before { snapshots.append(s.document) }
        }
        #expect(snapshots.count == 18)
        let final = s.document
        for expected in snapshots.dropLast().reversed() {
            s.press(.char("u"))
            #expect(s.document == expected)
        }
        #expect(s.document == original)
        #expect(!s.isModified)
        s.press(.char("u"))
        #expect(s.message == .info("Nothing to undo"))
        for expected in snapshots.dropFirst() {
            s.press(.ctrl("r"))
            #expect(s.document == expected)
        }
        #expect(s.document == final && s.isModified)
        s.press(.ctrl("r"))
        #expect(s.message == .info("Nothing to redo"))
    }

    @Test func undoRefreshesTheAnalysisAndMovesToTheEdit() {
        var s = Fixtures.state()
        s.press(.tab, .down, .end, .char("3"), .char("g"), .home)
        #expect(s.analysis.people[1].sufficient)
        s.press(.char("u"))
        #expect(!s.analysis.people[1].sufficient)
        #expect(s.cursor.row == 1 && s.cursor.column == 3)
        #expect(s.message == .info("Undone: Suzuki Ichiro: Incident response 3, assessed 2026-11-01 by tester"))
        #expect(s.analysis.people.map(\.requirements) == MatrixAnalysis(s.document, asOf: Fixtures.day).people.map(\.requirements))
    }

    @Test func undoingARoleRequirementRefreshesItsHolders() {
        var s = Fixtures.state()
        s.press(.down, .down, .right, .char("5"))
        #expect(s.analysis.people[1].totalGap == 3)
        s.press(.char("u"))
        #expect(s.analysis.people[1].totalGap == 1)
    }

    @Test func aNewEditAfterUndoDropsTheRedo() {
        var s = Fixtures.state()
        s.press(.char("3"), .char("u"), .char("2"), .ctrl("r"))
        #expect(s.message == .info("Nothing to redo"))
        #expect(s.document.roles[0].requires["hearing"] == 2)
    }

    @Test func savingThenUndoingMarksTheDocumentModified() {
        var s = Fixtures.state()
        s.press(.char("3"))
        s.markSaved()
        #expect(!s.isModified)
        s.press(.char("u"))
        #expect(s.isModified)
        s.press(.ctrl("r"))
        #expect(!s.isModified)
    }
}
