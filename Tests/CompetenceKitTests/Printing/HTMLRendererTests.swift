import Testing
@testable import CompetenceKit

/// The HTML renderer's parts that the golden files of the examples do not
/// pin on their own: how a table too wide for the paper is split, how level
/// cells carry their names and marks, paper sizes, and the escaping of text
/// into HTML and into the style sheet's strings.
@Suite struct HTMLRendererTests {
    /// The `<main>` of a rendered page.
    static func main(_ html: String) -> String {
        guard let start = html.range(of: "<main>\n"), let end = html.range(of: "\n</main>") else { return html }
        return String(html[start.upperBound..<end.lowerBound])
    }

    @Test func paperSizesGiveTheirColumns() {
        #expect(PageSetup().cssSize == "A4 landscape")
        #expect(PageSetup().columns == 155)
        #expect(PageSetup(paper: .a4, landscape: false).columns == 106)
        #expect(PageSetup(paper: .letter, landscape: true).columns == 145)
        #expect(PageSetup(paper: .letter, landscape: false).cssSize == "letter portrait")
        #expect(PageSetup(paper: .letter, landscape: false).columns == 110)
        #expect(PageSetup.cssWidth(columns: 11) == "6.16em")
        #expect(PageSetup.cssWidth(columns: 5) == "2.80em")
        #expect(PageSetup.cssWidth(columns: 1) == "0.56em")
    }

    /// Twelve roles named "Role number NN" (wrapped to 9 columns, as text
    /// wraps them) do not fit A4 portrait (106 columns, 104 to lay out plus
    /// the last gap): the skill column (9) and 8 roles of 9 + 2 take 97, so
    /// two blocks of 8 and 4, each repeating the skill names, every column
    /// 11 columns (6.16em) wide in both.
    @Test func wideTableSplitsIntoBlocksThatRepeatTheRowNames() {
        let roles = (1...12).map { Role(id: "r\($0)", name: "Role number \(String($0).count == 1 ? "0" : "")\($0)", requires: ["s1": $0 % 5 + 1]) }
        let m = Matrix(skills: [Skill(id: "s1", name: "Hearing", category: .business),
                                Skill(id: "s2", name: "Rules", category: .security)], roles: roles)
        let html = HTMLRenderer(page: PageSetup(paper: .a4, landscape: false)).render(PrintFixtures.document(m, .roles))
        let cols = (1...8).map { _ in "<col style=\"width: 6.16em\">" }
        let head = { (range: ClosedRange<Int>) in
            "<tr><th scope=\"col\">Skill</th>" + range.map { "<th scope=\"col\" class=\"c\">Role number \($0 < 10 ? "0" : "")\($0)</th>" }.joined() + "</tr>"
        }
        let level = { (r: Int) in
            let l = r % 5 + 1
            return "<td class=\"lv\" title=\"\(l): \(Level.englishNames[l - 1])\">\(l)</td>"
        }
        let block = { (range: ClosedRange<Int>) in
            (["<table>", "<colgroup>", "<col style=\"width: 6.16em\">"] + cols.prefix(range.count) + ["</colgroup>", "<thead>", head(range), "</thead>",
              "<tbody>", "<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"\(range.count + 1)\">Business</th></tr>",
              "<tr><th scope=\"row\">Hearing</th>" + range.map(level).joined() + "</tr>", "</tbody>",
              "<tbody>", "<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"\(range.count + 1)\">Security</th></tr>",
              "<tr><th scope=\"row\">Rules</th>" + range.map { _ in "<td class=\"lv\"></td>" }.joined() + "</tr>", "</tbody>",
              "</table>"]).joined(separator: "\n")
        }
        #expect(Self.main(html) == """
            <section class="part">
            <h2 class="part">Part 1 of 2</h2>
            \(block(1...8))
            </section>
            <section class="part">
            <h2 class="part">Part 2 of 2</h2>
            \(block(9...12))
            </section>
            """)
    }

    /// Short, due, exempt and never-assessed cells: the level name and the
    /// marks in words in the tooltip, the marks as symbols in the cell.
    @Test func levelCellsCarryNamesAndMarks() {
        let html = HTMLRenderer().render(PrintFixtures.document(PrintFixtures.small, .people))
        let rows = Self.main(html).split(separator: "\n").filter { $0.hasPrefix("<tr><th scope=\"row\">") }
        #expect(rows == [
            #"<tr><th scope="row">Sato Hanako</th><td class="lv" title="4: Can do it alone">4</td><td class="lv short" title="2: Understands it; short of the requirement">2<span class="mk">!</span></td><td class="lv due" title="2: Understands it; due for refresh">2<span class="mk">*</span></td><td class="lv"></td></tr>"#,
            #"<tr><th scope="row">Suzuki Ichiro</th><td class="lv" title="4: Can do it alone">4</td><td class="lv" title="3: Can do it with guidance">3</td><td class="lv" title="5: Can teach others">5</td><td class="lv short exempt" title="2: Understands it; short of the requirement; exempt">(2<span class="mk">!</span>)</td></tr>"#,
            #"<tr><th scope="row">Takahashi Ken</th><td class="lv"></td><td class="lv"></td><td class="lv" title="4: Can do it alone">4</td><td class="lv short" title="no level; short of the requirement">-<span class="mk">!</span></td></tr>"#,
        ])
    }

    @Test func japaneseDocumentsAreMarkedJapanese() {
        let ja = HTMLRenderer().render(PrintFixtures.document(PrintFixtures.japanese, .roles))
        let en = HTMLRenderer().render(PrintFixtures.document(PrintFixtures.small, .roles))
        #expect(ja.contains("<html lang=\"ja\">") && en.contains("<html lang=\"en\">"))
        #expect(ja.contains(#"<td class="lv" title="3: 指導されながらできる">3</td>"#))
    }

    @Test func textIsEscapedForHTMLAndForStyleSheetStrings() {
        #expect(HTMLEscaping.escaped(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(HTMLEscaping.escaped("佐藤 花子") == "佐藤 花子")
        #expect(HTMLEscaping.cssString(#"</style>"x\y" & 営業"#) == #""\00003c/style\00003e\000022x\00005cy\000022 \000026 営業""#)
        #expect(HTMLEscaping.cssString("a\u{7}b\u{85}") == #""a\000007b\000085""#)
    }

    @Test func auditPackFileNamesAreSafeAndDistinct() {
        #expect(AuditPackNames.fileNames(for: ["p01", "Sales", "sales", "..", ".hidden", "a.b", "a_b", "x/y", "", String(repeating: "z", count: 90)]) == [
            "p01.html", "Sales.html", "sales-2.html", "__.html", "_hidden.html", "a_b.html", "a_b-2.html", "x_y.html", "_.html",
            String(repeating: "z", count: 80) + ".html",
        ])
    }
}
