import Testing
@testable import CompetenceKit

/// Names from a file are shown, never interpreted: control characters and
/// escape sequences print escaped in every format, Markdown and CSV syntax
/// in names stays literal, and CSV cells cannot start a formula.
@Suite struct PrintEscapingTests {
    static var hostile: Matrix {
        Matrix(
            title: "Evil\u{1B}]0;pwned\u{7} matrix",
            skills: [
                Skill(id: "s1", name: "=HYPERLINK(\"x\")", category: .business),
                Skill(id: "s2", name: "a|b *c* <br>", category: .security),
            ],
            roles: [Role(id: "r1", name: "Role\u{1B}[31m red", requires: ["s1": 2, "s2": 1])],
            people: [
                Person(id: "p1", name: "Line\nbreak, \"quoted\"", roles: ["r1"],
                       assessments: [Assessment(skill: "s1", level: 1, date: Day("2026-01-01")!, by: "@admin")]),
            ])
    }

    @Test func textShowsControlCharactersEscaped() {
        let text = PrintFixtures.text(Self.hostile, .roles)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(text == """
        Evil\\e]0;pwned\\u{7} matrix
        Roles: required levels
        File:    matrix.json
        As of:   2026-06-01
        Printed: 2026-06-02

                          │ Role\\e[31m
        Skill             │    red
        ──────────────────┼───────────
        Business
          =HYPERLINK("x") │     2
        Security
          a|b *c* <br>    │     1

        Levels
          1  Knows of it
          2  Understands it
          3  Can do it with guidance
          4  Can do it alone
          5  Can teach others

        Cells
          1-5    the lowest level a holder of the role must reach
          blank  not required
        """ + "\n")
    }

    @Test func markdownKeepsNamesLiteral() {
        let md = MarkdownRenderer().render(PrintFixtures.document(Self.hostile, .people))
        let table = md.split(separator: "\n").filter { $0.hasPrefix("|") }.joined(separator: "\n")
        #expect(table == """
        | Person | =HYPERLINK("x") | a\\|b \\*c\\* \\<br\\> |
        | :--- | :---: | :---: |
        | Line\\\\nbreak, "quoted" | 1! | -! |
        """)
    }

    @Test func csvQuotesAndGuardsFormulas() {
        #expect(CSVRenderer.render(PrintFixtures.records(Self.hostile, .gaps)) == #"""
        person_id,person,roles,skill_id,skill,category,required,current,gap,state,evidence_date,assessor
        p1,"Line\nbreak, ""quoted""",r1,s1,"'=HYPERLINK(""x"")",business,2,1,1,short,2026-01-01,'@admin
        p1,"Line\nbreak, ""quoted""",r1,s2,a|b *c* <br>,security,1,0,1,short,,
        """# + "\n")
    }

    @Test func csvFieldRules() {
        let table = RecordTable(columns: ["a", "b", "c", "d", "e", "f"], rows: [
            [.text("plain"), .text("with,comma"), .text("say \"hi\""), .text("-1"), .text("+x"), .null],
            [.text("cr\rlf\n"), .number(42), .text(""), .text("\tx"), .text("@x,y"), .text("a=b")],
        ])
        #expect(CSVRenderer.render(table) == "a,b,c,d,e,f\nplain,\"with,comma\",\"say \"\"hi\"\"\",'-1,'+x,\n"
            + "\"cr\rlf\n\",42,,'\tx,\"'@x,y\",a=b\n")
    }

    @Test func jsonEscapesStrings() {
        let json = JSONRecordsRenderer.render(RecordTable(columns: ["name", "n", "none"], rows: [[.text("a\"b\\c"), .number(3), .null]]))
        #expect(json == "[\n  {\n    \"name\": \"a\\\"b\\\\c\",\n    \"n\": 3,\n    \"none\": null\n  }\n]\n")
        #expect(JSONRecordsRenderer.render(RecordTable(columns: ["x"], rows: [])) == "[]\n")
    }
}
