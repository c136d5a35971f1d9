import Testing
import CompetenceKit
@testable import CompetenceTUI

/// Whole screens, rendered from state into a buffer.
@Suite struct RenderTests {
    @Test func rolesViewGroupsSkillsUnderBusinessAndSecurity() {
        let s = Fixtures.state()
        expectScreen(s.screen, [
            " Roles  People  Gaps  Awareness   Test matrix         ? help",
            "Skill \\ Role      │ Sales Engineer",
            "Business          │",
            "Customer hearing  │   4      ·",
            "Paperwork         │   ·      ·",
            "Security          │",
            "ISMS rules        │   2      2",
            "Incident response │   ·      3",
            "",
            "",
            " small.json │ Roles │ Sales requires Customer hearing at 4:…",
            "? help  Tab next view  1-5 set level  u undo  : command  q …",
        ])
    }

    @Test func peopleViewMarksShortAndDueCellsWithoutColour() {
        var s = Fixtures.state()
        s.press(.tab)
        expectScreen(s.screen, [
            " Roles  People  Gaps  Awareness   Test matrix         ? help",
            "Person \\ Skill  │ Customer … Paperwork ISMS rules Incident …",
            "Sato Hanako     │     4          ·         2*         ·",
            "Suzuki Ichiro   │     ·          ·         3          2!",
            "Evil \\e[31mName │     ·          ·         ·          ·",
            "",
            "",
            "",
            "",
            "",
            " small.json │ People │ Sato Hanako: Customer hearing 4, req…",
            "? help  Tab next view  1-5 set level  u undo  : command  q …",
        ])
        let b = EditorView.render(s).buffer
        // The cursor stays reversed, the due cell bold, and empty cells dim, without colour.
        #expect(styleMap(b, row: 2) == "BBBBBBBBBBBBBBB...RRRRRRRRRR.ddddddddd.BBBBBBBBBB.dddddddddd")
    }

    @Test func peopleViewInColourHasNoMarks() {
        var s = Fixtures.state(color: true)
        s.press(.tab)
        expectScreen(s.screen, [
            " Roles  People  Gaps  Awareness   Test matrix         ? help",
            "Person \\ Skill  │ Customer … Paperwork ISMS rules Incident …",
            "Sato Hanako     │     4          ·         2          ·",
            "Suzuki Ichiro   │     ·          ·         3          2",
            "Evil \\e[31mName │     ·          ·         ·          ·",
            "",
            "",
            "",
            "",
            "",
            " small.json │ People │ Sato Hanako: Customer hearing 4, req…",
            "? help  Tab next view  1-5 set level  u undo  : command  q …",
        ])
        let b = EditorView.render(s).buffer
        #expect((0..<5).map { styleMap(b, row: $0) } == [
            ".......RRRRRRRR...................BBBBBBBBBBBBBBBBBB..dddddd",
            "BBBBBBBBBBBBBBB.b.BBBBBBBBBB.BBBBBBBBB.BBBBBBBBBB.BBBBBBBBBB",
            "BBBBBBBBBBBBBBB.b.GGGGGGGGGG.ddddddddd.yyyyyyyyyy.dddddddddd",
            "................b.dddddddddd.ddddddddd.gggggggggg.rrrrrrrrrr",
            "................b.dddddddddd.ddddddddd.dddddddddd.dddddddddd",
        ])
    }

    @Test func japaneseColumnsLineUp() throws {
        var s = Fixtures.state(try Fixtures.example("starter-ja.json"), width: 60, height: 15, path: "starter-ja.json")
        expectScreen(s.screen, [
            " Roles  People  Gaps  Awareness   株式会社エグザン…   ? help",
            "Skill \\ Role        │ 全従業員 営業職 エンジニ… セキュリ… …▸",
            "Business            │",
            "ヒアリング能力      │    ·       4        ·         ·",
            "交渉・提案力        │    ·       3        ·         ·",
            "課題発見力          │    ·       3        3         ·",
            "事務処理            │    ·       2        ·         3",
            "ソフトウェア開発    │    ·       ·        4         ·",
            "監査技法            │    ·       ·        ·         ·",
            "Security            │",
            "ISMS/PMSの規程      │    2       3        ·         5",
            "セキュリティ一般知… │    2       ·        3         4",
            "インシデント対応力  │    1       ·        2         4",
            " starter-ja.json │ Roles │ 全従業員 does not require ヒアリ…",
            "? help  Tab next view  1-5 set level  u undo  : command  q …",
        ])
        s.press(.tab, .end, .down)
        expectScreen(s.screen, [
            " Roles  People  Gaps  Awareness   株式会社エグザン…   ? help",
            "Person \\ Skill ◂ セキュアコ… リスクアセ… 標的型攻撃…",
            "佐藤 花子      │      ·           ·           3",
            "鈴木 一郎      │      ·           ·           2",
            "高橋 健        │      2!          ·           2",
            "渡辺 由紀      │    (·!)          ·           2",
            "伊藤 大輔      │      4           ·           3",
            "山本 彩        │      ·           4           3",
            "中村 潤        │      ·         (3*)          2",
            "小林 芽衣      │      ·           ·           1!",
            "加藤 翔太      │      2!          ·           2",
            "吉田 蓮        │      3           ·           ·",
            "井上 香織      │      ·           3           2",
            " starter-ja.json │ People │ 鈴木 一郎: 標的型攻撃メール訓練…",
            "? help  Tab next view  1-5 set level  u undo  : command  q …",
        ])
    }

    @Test func aNarrowScreenCutsNamesAndScrollsToTheCursor() throws {
        var s = Fixtures.state(try Fixtures.example("starter-en.json"), width: 40, height: 12, path: "starter-en.json")
        s.press(.down, .down, .down, .down, .down, .down)
        expectScreen(s.screen, [
            " Roles  People  Gaps  Awareness   Examp…",
            "Skill \\ Role │ All s… Sales Engin… Secu▸",
            "Customer he… │   ·      4     ·      ·",
            "Negotiation… │   ·      3     ·      ·",
            "Finding pro… │   ·      3     3      ·",
            "Paperwork    │   ·      2     ·      3",
            "Software de… │   ·      ·     4      ·",
            "Audit techn… │   ·      ·     ·      ·",
            "Security     │",
            "ISMS/PMS ru… │   2      3     ·      5",
            " starter-en.json │ Roles │ All staff re…",
            "? help  Tab next view  1-5 set level  u…",
        ])
        s.press(.tab, .pageDown, .right, .right, .right)
        expectScreen(s.screen, [
            " Roles  People  Gaps  Awareness   Examp…",
            "Person \\ Sk… ◂ Negot… Findi… Paper… Sof▸",
            "Ito Daisuke  │   ·      4      ·      5",
            "Yamamoto Aya │   ·      ·      4      ·",
            "Nakamura Jun │   ·      ·      ·      ·",
            "Kobayashi M… │   2!     2!     2      ·",
            "Kato Shota   │   ·      3      ·      4",
            "Yoshida Ren  │   ·      3      ·      4",
            "Inoue Kaori  │   4      4      3      ·",
            "Matsumoto S… │   ·      ·      ·      ·",
            " starter-en.json │ People │ Kobayashi M…",
            "? help  Tab next view  1-5 set level  u…",
        ])
    }

    @Test func helpListsKeysAndScrolls() {
        var s = Fixtures.state()
        s.press(.char("?"))
        expectScreen(s.screen, [
            "Keys and commands            (Esc, q or ? closes this)",
            "",
            "Views: Tab and Shift-Tab cycle through them",
            "  Roles   skills by row, roles by column: required levels",
            "  People  people by row, skills by column: current levels",
            "          red or ! short of the requirement",
            "          yellow or * due for refresh, magenta or !* both",
            "          cyan or (2!) exempt: not counted as a gap",
            "  Gaps    the person under the People cursor, or a role",
            "          and its holders: each required skill worst",
            "          first, with the organisation's totals on top",
            " Help: lines 1-11 of 94  j/k, PgUp/PgDn scroll  Esc, q or ?…",
        ])
        s.press(.char("G"))
        #expect(s.screen[10] == "  :help                this screen")
        s.press(.escape)
        #expect(s.mode == .normal)
    }

    @Test func theQuitQuestionShowsOnTheBottomLine() {
        var s = Fixtures.state()
        s.press(.char("3"), .char("q"))
        expectScreen(s.screen, [
            " Roles  People  Gaps  Awareness   Test matrix         ? help",
            "Skill \\ Role      │ Sales Engineer",
            "Business          │",
            "Customer hearing  │   3      ·",
            "Paperwork         │   ·      ·",
            "Security          │",
            "ISMS rules        │   2      2",
            "Incident response │   ·      3",
            "",
            "",
            " small.json [+] │ Roles │ Sales requires Customer hearing a…",
            "Discard unsaved changes and quit? (y/n)",
        ])
    }

    @Test func theCommandLineShowsItsCursor() {
        var s = Fixtures.state()
        s.press([.char(":")] + Key.typing("add-rle") + [.left, .left, .left, .char("o")])
        let frame = EditorView.render(s)
        #expect(frame.buffer.lines[11] == ":add-orle")
        #expect(frame.cursor?.x == 6 && frame.cursor?.y == 11)
    }

    @Test func aNewMatrixSaysHowToStart() {
        let s = Fixtures.state(Matrix(), path: "new.json")
        expectScreen(s.screen, [
            " Roles  People  Gaps  Awareness   (untitled)          ? help",
            "Skill \\ Role │",
            "Nothing here yet. Add with:",
            "  :add-skill NAME business|security",
            "  :add-role NAME",
            "",
            "",
            "",
            "",
            "",
            " new.json │ Roles",
            "? help  Tab next view  1-5 set level  u undo  : command  q …",
        ])
    }

    @Test func aTinyScreenDrawsWithoutCrashing() {
        for (w, h) in [(0, 0), (1, 1), (5, 2), (12, 3)] {
            var s = Fixtures.state(width: w, height: h)
            s.press(.tab, .down, .right, .char("?"))
            #expect(s.screen.count == h)
        }
    }

    @Test func aLongQuestionKeepsItsAnswerKeysOnANarrowScreen() {
        var s = Fixtures.state(width: 40, height: 12)
        s.press(.down, .down)
        s.command("delete")
        #expect(s.screen[11] == "Delete skill ISMS rules, its requ… (y/n)")
    }
}
