import Testing
import CompetenceKit
@testable import CompetenceTUI

/// The Gaps and Awareness views of the starter examples on 2026-11-01, as
/// whole screens at 100×30, with figures worked out by hand (see the table
/// in CompetenceKitTests/ExampleAnalysisTests.swift):
///
/// - Awareness: A 3 (p01 p06 p10), B 3 (p03 p07 p11), C 1 (p02), D 1 (p08),
///   E 1 (p05), F 1 (p09), ? 2 (p04 p12).
/// - Gaps: six people with counted gaps (p03 p07 p08 p09 p11 p12); counted
///   short or due per skill: ISMS/PMS rules 4 (p08 due, p09, p11, p12 due),
///   secure coding 2 (p03 p09), mail drill 2 (p08 p12); overdue refreshes 5
///   (p07 audit, p08 isms, p09 isms, p12 isms and drill); coming due by
///   2026-12-01: p02 isms (fresh through 2026-11-01) and p08 drill
///   (through 2026-11-10) = 2.
/// - p08 Kobayashi Mei (sales, all staff): hearing 4/3, negotiation 3/2,
///   problem finding 3/2, drill 2/1 short by 1; ISMS rules 3/3 assessed
///   2025-09-15 with a 12-month interval, so due from 2026-09-16.
@Suite struct ReviewViewsTests {
    static func starter(_ lang: String = "en") throws -> EditorState {
        Fixtures.state(try Fixtures.example("starter-\(lang).json"), width: 100, height: 30, path: "starter-\(lang).json")
    }

    @Test func gapsViewShowsThePersonUnderThePeopleCursorWorstFirst() throws {
        var s = try Self.starter()
        s.press(.tab)
        s.press(Array(repeating: Key.down, count: 7))
        s.press(.tab)
        expectScreen(s.screen, [
            " Roles  People  Gaps  Awareness   Example Corp ISMS competence matrix                         ? help",
            "6 of 12 people have a gap · 5 refreshes overdue · 2 due within 30 days (by 2026-12-01)",
            "Most often short or due: ISMS/PMS rules 4 · Secure coding 2 · Targeted-attack mail drill 2",
            "Kobayashi Mei (p08) · Sales, All staff · awareness lacking · category D                  ◂ 8 of 12 ▸",
            "Skill                      │ Req Cur Gap  Evidence    Assessor      State",
            "Customer hearing           │   4   3   1  2026-04-01  Mori (sales…  short by 1",
            "Negotiation and proposal   │   3   2   1  2026-04-01  Mori (sales…  short by 1",
            "Finding problems           │   3   2   1  2026-04-01  Mori (sales…  short by 1",
            "Targeted-attack mail drill │   2   1   1  2026-05-10  Yamamoto (I…  short by 1",
            "ISMS/PMS rules             │   3   3   ·  2025-09-15  Yamamoto (I…  due for refresh since 2026-09-16",
            "Paperwork                  │   2   2   ·  2026-04-01  Mori (sales…  met",
            "General security knowledge │   2   2   ·  2025-09-15  Yamamoto (I…  met",
            "Incident response          │   1   1   ·  2025-09-15  Yamamoto (I…  met",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " starter-en.json │ Gaps │ Kobayashi Mei: Customer hearing 3, requires 4, gap 1",
            "h l person  r role  Enter add evidence  H history  a awareness  ? help  Tab next view",
        ])
        // The cursor is on the worst row, reversed across the line.
        #expect(styleMap(EditorView.render(s).buffer, row: 5) == String(repeating: "R", count: 100))
    }

    @Test func roleModeListsEveryHolderOfTheRole() throws {
        var s = try Self.starter()
        s.press(.tab)
        s.press(Array(repeating: Key.down, count: 7))
        // r: the role of the person under review (p08's first role, Sales), every holder in file order.
        s.press(.tab, .char("r"), .char("j"), .char("j"))
        expectScreen(s.screen, [
            " Roles  People  Gaps  Awareness   Example Corp ISMS competence matrix                         ? help",
            "6 of 12 people have a gap · 5 refreshes overdue · 2 due within 30 days (by 2026-12-01)",
            "Most often short or due: ISMS/PMS rules 4 · Secure coding 2 · Targeted-attack mail drill 2",
            "Role Sales (sales) · 4 holders, 2 with a gap in its skills                                ◂ 2 of 6 ▸",
            "Skill                        │ Req Cur Gap  Evidence    Assessor      State",
            "Sato Hanako (p01) · category A",
            "  Customer hearing           │   4   4   ·  2026-04-01  Mori (sales…  met",
            "  Negotiation and proposal   │   3   3   ·  2026-04-01  Mori (sales…  met",
            "  Finding problems           │   3   3   ·  2026-04-01  Mori (sales…  met",
            "  Paperwork                  │   2   3   ·  2026-04-01  self          met",
            "  ISMS/PMS rules             │   3   3   ·  2026-04-10  Yamamoto (I…  met",
            "Suzuki Ichiro (p02) · category C",
            "  ISMS/PMS rules             │   3   3   ·  2025-11-01  Yamamoto (I…  met, refresh due on 2026-11-02",
            "  Customer hearing           │   4   4   ·  2026-03-01  Mori (sales…  met",
            "  Negotiation and proposal   │   3   4   ·  2026-03-01  Mori (sales…  met",
            "  Finding problems           │   3   3   ·  2026-03-01  Mori (sales…  met",
            "  Paperwork                  │   2   2   ·  2026-03-01  Mori (sales…  met",
            "Kobayashi Mei (p08) · category D",
            "  Customer hearing           │   4   3   1  2026-04-01  Mori (sales…  short by 1",
            "  Negotiation and proposal   │   3   2   1  2026-04-01  Mori (sales…  short by 1",
            "  Finding problems           │   3   2   1  2026-04-01  Mori (sales…  short by 1",
            "  ISMS/PMS rules             │   3   3   ·  2025-09-15  Yamamoto (I…  due for refresh since 2026-09…",
            "  Paperwork                  │   2   2   ·  2026-04-01  Mori (sales…  met",
            "Inoue Kaori (p11) · category B",
            "  ISMS/PMS rules             │   4   3   1  2026-02-10  Yamamoto (I…  short by 1",
            "  Customer hearing           │   4   4   ·  2026-01-15  Mori (sales…  met",
            "  Negotiation and proposal   │   3   4   ·  2026-01-15  Mori (sales…  met",
            "  Finding problems           │   3   4   ·  2026-01-15  Mori (sales…  met",
            " starter-en.json │ Gaps │ Sato Hanako: Finding problems 3, requires 3",
            "h l role  r one person  Enter add evidence  H history  a awareness  ? help  Tab next view",
        ])
        #expect(s.message == nil)
        // r again: back to the person under the cursor.
        s.press(.char("j"), .char("j"), .char("j"), .char("r"))
        #expect(s.gapsPerson == 1)
        #expect(s.screen[3].hasPrefix("Suzuki Ichiro (p02) · Sales, All staff · awareness lacking · category C"))
    }

    @Test func awarenessChartCountsEveryCategory() throws {
        var s = try Self.starter()
        s.press(.tab, .tab, .tab)
        expectScreen(s.screen, [
            " Roles  People  Gaps  Awareness   Example Corp ISMS competence matrix                         ? help",
            "Competence against awareness: 12 people on 2026-11-01",
            "             │ Correct awareness          │ Lacking awareness          │ Wilful or malicious",
            "─────────────┼────────────────────────────┼────────────────────────────┼────────────────────────────",
            "Sufficient   │ A  3 people                │ C  1 person                │ E  1 person",
            "competence   │ Ideal: acts appropriately  │ Competent, lacks awareness │ Competent, but wilful",
            "─────────────┼────────────────────────────┼────────────────────────────┼────────────────────────────",
            "Insufficient │ B  3 people                │ D  1 person                │ F  1 person",
            "competence   │ Means well, not competent  │ Acts wrongly: lacks both   │ Not competent, and wilful",
            "─────────────┼────────────────────────────┼────────────────────────────┴────────────────────────────",
            "Not assessed │ ?  2 people                │ Awareness not yet assessed",
            "",
            "A: Ideal: competent and acts appropriately · 3 people · Enter to go through them",
            "Person          Roles                   Awareness           Note",
            "Sato Hanako     Sales, All staff        correct 2026-09-15  Reported the drill mail within ten minu…",
            "Yamamoto Aya    Security manager, Inte… correct 2026-03-01",
            "Yoshida Ren     Contractor (on site), … correct 2026-07-01  Contract clause 12 (security) signed.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " starter-en.json │ Awareness │ A: Ideal: competent and acts appropriately (3 people)",
            "arrows category  Enter its people  ? help  Tab next view",
        ])
        let b = EditorView.render(s).buffer
        // The selected cell (A) is reversed on both of its lines; letters are bold.
        #expect(styleMap(b, row: 4) == "..............RRRRRRRRRRRRRRRRRRRRRRRRRRRR.BB...........................BB..........................")
        #expect(styleMap(b, row: 5) == "..............RRRRRRRRRRRRRRRRRRRRRRRRRRRR..........................................................")
    }

    @Test func japaneseGapsShowAnExemptionAndItsReason() throws {
        var s = try Self.starter("ja")
        s.press(.tab, .down, .down, .down, .tab)
        expectScreen(s.screen, [
            " Roles  People  Gaps  Awareness   株式会社エグザンプル ISMS力量マトリクス                     ? help",
            "6 of 12 people have a gap · 5 refreshes overdue · 2 due within 30 days (by 2026-12-01)",
            "Most often short or due: ISMS/PMSの規程 4 · セキュアコーディング 2 · 標的型攻撃メール訓練 2",
            "渡辺 由紀 (p04) · エンジニア, 全従業員 · awareness not assessed · category ?             ◂ 4 of 12 ▸",
            "Skill                │ Req Cur Gap  Evidence    Assessor      State",
            "セキュアコーディング │   3   ·   3                            exempt until 2026-12-31: 新入社員：12…",
            "課題発見力           │   3   3   ·  2026-09-01  林（開発部…   met",
            "ソフトウェア開発     │   4   4   ·  2026-09-01  林（開発部…   met",
            "ISMS/PMSの規程       │   2   2   ·  2026-09-05  山本（ISMS…   met",
            "セキュリティ一般知識 │   3   3   ·  2026-09-05  山本（ISMS…   met",
            "インシデント対応力   │   2   2   ·  2026-09-05  山本（ISMS…   met",
            "標的型攻撃メール訓練 │   2   2   ·  2026-09-15  山本（ISMS…   met",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " starter-ja.json │ Gaps │ 渡辺 由紀: セキュアコーディング none, requires 3, exempt until 2026-12-31…",
            "h l person  r role  Enter add evidence  H history  a awareness  ? help  Tab next view",
        ])
    }

    @Test func japaneseAwarenessListsTheSelectedCategory() throws {
        var s = try Self.starter("ja")
        s.press(.tab, .tab, .tab, .right, .down)
        expectScreen(s.screen, [
            " Roles  People  Gaps  Awareness   株式会社エグザンプル ISMS力量マトリクス                     ? help",
            "Competence against awareness: 12 people on 2026-11-01",
            "             │ Correct awareness          │ Lacking awareness          │ Wilful or malicious",
            "─────────────┼────────────────────────────┼────────────────────────────┼────────────────────────────",
            "Sufficient   │ A  3 people                │ C  1 person                │ E  1 person",
            "competence   │ Ideal: acts appropriately  │ Competent, lacks awareness │ Competent, but wilful",
            "─────────────┼────────────────────────────┼────────────────────────────┼────────────────────────────",
            "Insufficient │ B  3 people                │ D  1 person                │ F  1 person",
            "competence   │ Means well, not competent  │ Acts wrongly: lacks both   │ Not competent, and wilful",
            "─────────────┼────────────────────────────┼────────────────────────────┴────────────────────────────",
            "Not assessed │ ?  2 people                │ Awareness not yet assessed",
            "",
            "D: Acts inappropriately: lacks competence and awareness · 1 person · Enter to go through them",
            "Person     Roles                   Awareness           Note",
            "小林 芽衣  営業職, 全従業員        lacking 2026-05-12  訓練メールの添付を開き、報告しなかった。",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " starter-ja.json │ Awareness │ D: Acts inappropriately: lacks competence and awareness (1 person)",
            "arrows category  Enter its people  ? help  Tab next view",
        ])
    }
}
