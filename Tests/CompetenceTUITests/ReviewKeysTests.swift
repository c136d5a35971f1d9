import Testing
import CompetenceKit
@testable import CompetenceTUI

/// Keys and filters of the Gaps and Awareness views, on the starter example
/// on 2026-11-01 (figures as in ReviewViewsTests).
@Suite struct ReviewKeysTests {
    static func starter() throws -> EditorState { try ReviewViewsTests.starter() }

    /// The subject line: who is under review and where in the list.
    static func subject(_ s: EditorState) -> String { s.screen[3] }

    @Test func hAndLWalkThePeopleInTheOrderOfThePeopleView() throws {
        var s = try Self.starter()
        s.press(.tab, .tab)
        #expect(Self.subject(s).hasPrefix("Sato Hanako (p01)"))
        s.press(.char("h"))
        #expect(s.message == .info("The first person"))
        s.press(.char("l"), .right)
        #expect(Self.subject(s).hasPrefix("Takahashi Ken (p03)"))
        #expect(Self.subject(s).hasSuffix("◂ 3 of 12 ▸"))
        // The People view followed.
        s.press(.backTab)
        #expect(s.cellDescription == "Takahashi Ken: Customer hearing none, not required")
        s.command("sort gap")
        s.press(.char("g"), .tab)
        // Largest total gap first: p08 (4 short levels, 1 due).
        #expect(Self.subject(s).hasPrefix("Kobayashi Mei (p08)"))
        s.press(.char("G"))
        #expect(s.cellDescription == "Kobayashi Mei: Incident response 1, requires 1")
        s.press(.char("g"))
        #expect(s.cellDescription == "Kobayashi Mei: Customer hearing 3, requires 4, gap 1")
    }

    /// Every C and D person in sales: `:filter role sales` then `:filter category C D`.
    @Test func roleAndCategoryFiltersCombine() throws {
        var s = try Self.starter()
        s.press(.tab)
        s.command("filter role sales")
        #expect(s.message == .info("Showing 4 of 12 people: role sales"))
        s.command("filter category c d")
        #expect(s.message == .info("Showing 2 of 12 people: role sales, category C D"))
        #expect(s.peopleRows.map { s.document.people[$0].id } == ["p02", "p08"])
        #expect(s.screen[28].hasPrefix(" starter-en.json │ People (role sales, category C D) │ Suzuki Ichiro"))
        s.press(.tab)
        #expect(Self.subject(s).hasSuffix("◂ 1 of 2 ▸"))
        s.press(.char("l"))
        #expect(Self.subject(s).hasPrefix("Kobayashi Mei (p08)"))
        s.press(.char("l"))
        #expect(s.message == .info("The last person"))
        // gaps as well: only the skills p08 is short in.
        s.command("filter gaps")
        #expect(s.message == .info("Showing 1 of 12 people: filter gaps, role sales, category C D"))
        #expect(s.screen[5...9].map { String($0.prefix(27)) } == [
            "Customer hearing           ", "Negotiation and proposal   ", "Finding problems           ",
            "Targeted-attack mail drill ", "",
        ])
        s.command("filter all")
        #expect(s.message == .info("Showing every row"))
        #expect(s.peopleRows.count == 12)
        s.command("filter role nobody")
        #expect(s.message == .error("No role with id nobody; roles: all-staff, sales, engineer, security-manager, internal-auditor, contractor"))
        s.command("filter category G")
        #expect(s.message == .error("No category G: the categories are A, B, C, D, E, F and ? (not assessed)"))
        s.command("filter category ?")
        #expect(s.peopleRows.map { s.document.people[$0].id } == ["p04", "p12"])
        s.command("filter category")
        #expect(s.peopleRows.count == 12)
    }

    @Test func theAwarenessCursorMovesOverTheChartAsDrawn() throws {
        var s = try Self.starter()
        s.press(.tab, .tab, .tab)
        func selected() -> String { s.review.category.letter }
        s.press(.right)
        #expect(selected() == "C")
        s.press(.right, .right)
        #expect(selected() == "E")
        s.press(.down)
        #expect(selected() == "F")
        s.press(.down)
        #expect(selected() == "?")
        s.press(.up, .char("h"), .char("h"), .char("k"))
        #expect(selected() == "A")
        // Into the list, down to Yamamoto Aya, and out again past the first person.
        s.press(.enter, .down)
        #expect(s.cellDescription == "Yamamoto Aya │ A: Ideal: competent and acts appropriately (3 people)")
        s.press(.up, .up)
        #expect(!s.review.inList)
        s.press(.enter, .escape)
        #expect(!s.review.inList)
        // An empty category says so instead.
        s.press(.down, .right, .right, .up, .right)
        #expect(selected() == "E")
    }

    @Test func enterOnAPersonShowsThemInThePeopleView() throws {
        var s = try Self.starter()
        s.press(.tab)
        s.command("filter role engineer")
        s.press(.tab, .tab, .right, .down, .enter, .enter)
        #expect(s.view == .people)
        // p08 is not an engineer: the filter is cleared to show her.
        #expect(s.message == .info("Kobayashi Mei: category D, Acts inappropriately: lacks competence and awareness (filters cleared to show them)"))
        #expect(s.cellDescription == "Kobayashi Mei: Customer hearing 3, requires 4, gap 1")
        #expect(s.peopleFilter.isEmpty)
    }

    /// Closing p11's only gap (ISMS rules 3 of 4) moves her from B to A and
    /// the totals with her; undo puts everything back.
    @Test func anEditUpdatesTotalsAndCountsAndUndoRestoresThem() throws {
        var s = try Self.starter()
        s.press(.tab)
        s.press(Array(repeating: Key.down, count: 10))
        s.press(Array(repeating: Key.right, count: 6))
        #expect(s.cellDescription == "Inoue Kaori: ISMS/PMS rules 3, requires 4, gap 1")
        s.press(.char("4"), .tab)
        #expect(s.screen[1] == "5 of 12 people have a gap · 5 refreshes overdue · 2 due within 30 days (by 2026-12-01)")
        #expect(s.screen[2] == "Most often short or due: ISMS/PMS rules 3 · Secure coding 2 · Targeted-attack mail drill 2")
        // Met now, so in display order after the business skills.
        #expect(s.screen[10] == "ISMS/PMS rules             │   4   4   ·  2026-11-01  tester        met")
        s.press(.tab)
        #expect(s.screen[4].contains("A  4 people") && s.screen[7].contains("B  2 people"))
        s.press(.char("u"))
        #expect(s.view == .people)
        s.press(.tab, .tab)
        #expect(s.screen[4].contains("A  3 people") && s.screen[7].contains("B  3 people"))
        #expect(s.analysis.totals == MatrixAnalysis(s.document, asOf: Fixtures.day).totals)
    }

    @Test func levelKeysInTheReviewViewsPointToThePeopleView() throws {
        var s = try Self.starter()
        s.press(.tab, .tab, .char("3"))
        #expect(s.message == .error("Levels are set in the People view; Enter adds an assessment with its evidence"))
        #expect(!s.isModified)
    }
}

extension ReviewKeysTests {
    /// After an edit the cursor follows the row it was on; undo puts it back where the edit was made.
    @Test func theGapsCursorFollowsAnEditAndUndoPutsItBack() throws {
        var s = try Self.starter()
        s.press(.tab)
        s.press(Array(repeating: Key.down, count: 7))
        s.press(.tab, .enter, .char("4"), .enter)
        #expect(s.cursor.row == 4)
        #expect(s.cellDescription == "Kobayashi Mei: Customer hearing 4, requires 4")
        s.press(.char("u"))
        #expect(s.view == .gaps)
        #expect(s.cursor.row == 0)
        #expect(s.cellDescription == "Kobayashi Mei: Customer hearing 3, requires 4, gap 1")
    }
}
