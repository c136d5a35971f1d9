import Foundation
import Testing
import CompetenceKit

/// The review work in the real editor, in tmux: evidence through the form,
/// awareness, undo and redo, a category filter, and the saved file. The
/// reference date is fixed (2026-11-01), so the screens are the ones worked
/// out by hand in CompetenceTUITests/ReviewViewsTests.swift.
extension EditorEndToEndTests {
    /// p08 Kobayashi Mei (sales, all staff; lacking, so D) closes her gap in
    /// Customer hearing (3 of 4) through the form.
    @Test func evidenceThroughTheFormClosesTheGapAndIsSavedAsEntered() throws {
        let folder = try ScratchFolder()
        try folder.copyExample("starter-en.json", as: "team.json")
        let original = try MatrixFile.load(path: folder.file("team.json"))
        let tmux = try Tmux(width: 100, height: 30, folder: folder.path, environment: ["NO_COLOR": "1"])
        try open("team.json", in: tmux, arguments: "--as-of 2026-11-01 --assessor e2e", expect: "team.json │ as of 2026-11-01 │ Roles")

        try tmux.press("Tab", "j", "j", "j", "j", "j", "j", "j", "Tab")
        try tmux.waitFor(text: "Kobayashi Mei (p08) · Sales, All staff · awareness lacking · category D")
        try tmux.waitFor(text: "Customer hearing           │   4   3   1  2026-04-01  Mori (sales…  short by 1")

        // The form: every field typed, the date and the assessor replaced.
        try tmux.press("Enter")
        try tmux.waitFor(text: "┌─ New assessment")
        try fillEvidenceForm(tmux, ["4", "2026-11-01", "Yamamoto Aya", "exam", "LMS record 7001", "yes"])
        // Wait for the whole screen, not its first changed row: under load tmux can
        // be read while a frame is still arriving.
        let expectedClosed = [
            " Roles  People  Gaps  Awareness   Example Corp ISMS competence matrix                         ? help",
            "6 of 12 people have a gap · 5 refreshes overdue · 2 due within 30 days (by 2026-12-01)",
            "Most often short or due: ISMS/PMS rules 4 · Secure coding 2 · Targeted-attack mail drill 2",
            "Kobayashi Mei (p08) · Sales, All staff · awareness lacking · category D                  ◂ 8 of 12 ▸",
            "Skill                      │ Req Cur Gap  Evidence    Assessor      State",
            "Negotiation and proposal   │   3   2   1  2026-04-01  Mori (sales…  short by 1",
            "Finding problems           │   3   2   1  2026-04-01  Mori (sales…  short by 1",
            "Targeted-attack mail drill │   2   1   1  2026-05-10  Yamamoto (I…  short by 1",
            "ISMS/PMS rules             │   3   3   ·  2025-09-15  Yamamoto (I…  due for refresh since 2026-09-16",
            "Customer hearing           │   4   4   ·  2026-11-01  Yamamoto Aya  met",
            "Paperwork                  │   2   2   ·  2026-04-01  Mori (sales…  met",
            "General security knowledge │   2   2   ·  2025-09-15  Yamamoto (I…  met",
            "Incident response          │   1   1   ·  2025-09-15  Yamamoto (I…  met",
            "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
            " team.json [+] │ as of 2026-11-01 │ Gaps │ Kobayashi Mei: Customer hearing 4, requires 4",
            "Kobayashi Mei: Customer hearing 4 on 2026-11-01 by Yamamoto Aya (exam)",
        ]
        let closed = try tmux.waitFor("the gap closed on screen") { $0 == expectedClosed }
        #expect(closed == expectedClosed)

        // Awareness correct: still short elsewhere, so D becomes B.
        try tmux.press("a")
        try tmux.waitFor(text: "Awareness of Kobayashi Mei (lacking, 2026-05-12): c correct, l lacking, w wilful, n not assessed")
        try tmux.press("c")
        try tmux.waitFor(text: "Kobayashi Mei: awareness correct on")
        try tmux.press("Tab")
        let movedRow = "Insufficient │ B  4 people                │ D  0 people                │ F  1 person"
        var chart = try tmux.waitFor("the chart with D 0") { Self.isChart($0, row7: movedRow) }
        #expect(chart[7] == movedRow)

        // Undo both: the counts and the gap come back; redo the assessment alone.
        try tmux.press("u")
        try tmux.waitFor(text: "Undone: Kobayashi Mei: awareness correct on")
        try tmux.press("u")
        try tmux.waitFor(text: "Undone: Kobayashi Mei: Customer hearing 4 on 2026-11-01 by Yamamoto Aya (exam)")
        try tmux.waitFor(text: "Customer hearing           │   4   3   1  2026-04-01  Mori (sales…  short by 1")
        try tmux.press("Tab")
        let backRow = "Insufficient │ B  3 people                │ D  1 person                │ F  1 person"
        chart = try tmux.waitFor("the chart with D 1 again") { Self.isChart($0, row7: backRow) }
        #expect(chart[7] == backRow)
        try tmux.press("C-r")
        try tmux.waitFor(text: "Redone: Kobayashi Mei: Customer hearing 4 on 2026-11-01 by Yamamoto Aya (exam)")

        // Category D in the People view, then save.
        try tmux.press("BTab")
        try tmux.waitFor(text: "│ as of 2026-11-01 │ People │")
        try tmux.command("filter category D")
        let filtered = try tmux.waitFor("the People view filtered to category D") { screen in
            screen.count == 30 && screen.contains { $0.contains("Showing 1 of 12 people: category D") }
                && screen[2].hasPrefix("Kobayashi Mei") && screen[28].contains("People (category D)")
        }
        #expect(filtered[2].hasPrefix("Kobayashi Mei  │        4                  2!                 2!            2"))
        #expect(filtered[3] == "")
        #expect(filtered[28].hasPrefix(" team.json [+] │ as of 2026-11-01 │ People (category D) │ Kobayashi Mei: "))
        try tmux.press("C-s")
        try tmux.waitFor(text: "Saved team.json")
        try tmux.command("q")
        try expectShellRestored(tmux, status: "0")

        var expected = original
        let p08 = expected.personIndex(id: "p08")!
        expected.people[p08].assessments.append(Assessment(skill: "hearing", level: 4, date: Day("2026-11-01")!, by: "Yamamoto Aya",
                                                           method: "exam", evidence: "LMS record 7001", effective: true))
        #expect(try folder.bytes("team.json") == MatrixFile.encode(expected))
    }

    /// The same in Japanese: names, typed evidence and the chart's list.
    @Test func japaneseEvidenceAndAwarenessList() throws {
        let folder = try ScratchFolder()
        try folder.copyExample("starter-ja.json", as: "チーム.json")
        let original = try MatrixFile.load(path: folder.file("チーム.json"))
        let tmux = try Tmux(width: 100, height: 30, folder: folder.path, environment: ["NO_COLOR": "1"])
        try open("チーム.json", in: tmux, arguments: "--as-of 2026-11-01", expect: "チーム.json │ as of 2026-11-01 │ Roles")
        try tmux.press("Tab", "j", "j", "j", "j", "j", "j", "j", "Tab")
        try tmux.waitFor(text: "小林 芽衣 (p08) · 営業職, 全従業員 · awareness lacking · category D")
        try tmux.press("Enter")
        try tmux.waitFor(text: "小林 芽衣 · ヒアリング能力")
        try fillEvidenceForm(tmux, ["4", "2026-11-01", "森（営業部長）", "上長評価", "商談同行記録 11月", "no"])
        try tmux.waitFor(text: "小林 芽衣: ヒアリング能力 4 on 2026-11-01 by 森（営業部長） (上長評価)")
        try tmux.waitFor(text: "ヒアリング能力       │   4   4   ·  2026-11-01  森（営業部…   met")
        try tmux.press("Tab", "l", "j", "Enter")
        let list = try tmux.waitFor("category D's list with its person") { screen in
            screen.count > 14 && screen.contains { $0.contains("D: Acts inappropriately: lacks competence and awareness · 1 person") }
                && screen[14].hasPrefix("小林 芽衣")
        }
        #expect(list[14] == "小林 芽衣  営業職, 全従業員        lacking 2026-05-12  訓練メールの添付を開き、報告しなかった。")
        try tmux.command("wq")
        try expectShellRestored(tmux, status: "0")
        var expected = original
        let p08 = expected.personIndex(id: "p08")!
        expected.people[p08].assessments.append(Assessment(skill: "hearing", level: 4, date: Day("2026-11-01")!, by: "森（営業部長）",
                                                           method: "上長評価", evidence: "商談同行記録 11月", effective: false))
        #expect(try folder.bytes("チーム.json") == MatrixFile.encode(expected))
    }

    /// The Awareness chart is on screen with its title and the given insufficient-competence row.
    static func isChart(_ screen: [String], row7: String) -> Bool {
        screen.count > 7 && screen[7] == row7
            && screen.contains { $0.contains("Competence against awareness: 12 people on 2026-11-01") }
    }

    /// Types one value per field of the evidence form (level, date, assessor,
    /// method, evidence, effective), each replacing what the field held, and saves.
    private func fillEvidenceForm(_ tmux: Tmux, _ values: [String]) throws {
        for (i, value) in values.enumerated() {
            if i > 0 { try tmux.press("Tab") }
            try tmux.press("C-u")
            try tmux.type(value)
        }
        try tmux.press("Enter")
    }
}
