/// Prints a `PrintDocument` as one self-contained HTML page for paper: the
/// style sheet inlined, no scripts, no images, no links out. The header
/// opens the page and runs in the page margins with page numbers; each table
/// is split into column blocks that repeat the row names when it is wider
/// than the paper (the text format's layout, in text columns of 0.56em), its header
/// row repeats on every printed page and no row is split; the legend closes
/// the page. Every text is escaped for HTML.
public struct HTMLRenderer: Sendable {
    public let page: PageSetup

    public init(page: PageSetup = PageSetup()) {
        self.page = page
    }

    /// The page; `navigation` links (label, relative address) go under the
    /// header, as audit pack pages link back to their index.
    public func render(_ d: PrintDocument, navigation: [(label: String, href: String)] = []) -> String {
        var body = [header(d.header)]
        if !navigation.isEmpty {
            body.append("<nav>" + navigation.map {
                "<a href=\"\(HTMLEscaping.escaped($0.href))\">\(HTMLEscaping.escaped($0.label))</a>"
            }.joined(separator: " · ") + "</nav>")
        }
        body.append("<main>")
        for section in d.sections { body.append(self.section(section, levelNames: d.levelNames)) }
        body.append("</main>")
        if !d.legend.isEmpty { body.append(legend(d.legend)) }
        return document(d.header, body: body)
    }

    /// The page around `body` (lines of HTML), its language guessed from its text.
    func document(_ h: PrintHeader, body: [String]) -> String {
        let text = body.joined(separator: "\n")
        let title = h.subtitle.isEmpty ? h.title : "\(h.title): \(h.subtitle)"
        return """
            <!DOCTYPE html>
            <html lang="\(HTMLRenderer.language(of: h.title + text))">
            <head>
            <meta charset="utf-8">
            <meta name="generator" content="competence">
            <title>\(HTMLEscaping.escaped(title))</title>
            <style>
            \(HTMLStyleSheet.css(page, running: h))
            </style>
            </head>
            <body>
            \(text)
            </body>
            </html>

            """
    }

    /// `ja` when the text has kana or kanji, so that browsers pick Japanese
    /// glyph forms; else `en`, the language of the labels.
    static func language(of text: String) -> String {
        let japanese = text.unicodeScalars.contains { s in
            let v = s.value
            return (0x3040...0x30FF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
                || (0xFF66...0xFF9F).contains(v)
        }
        return japanese ? "ja" : "en"
    }

    /// Title, view and the `Label: value` fields.
    func header(_ h: PrintHeader) -> String {
        var lines = ["<header class=\"document\">", "<h1>\(HTMLEscaping.escaped(h.title))</h1>"]
        if !h.subtitle.isEmpty { lines.append("<p class=\"view\">\(HTMLEscaping.escaped(h.subtitle))</p>") }
        lines.append("<dl class=\"fields\">")
        lines += h.fields.map { "<dt>\(HTMLEscaping.escaped($0.label))</dt><dd>\(HTMLEscaping.escaped($0.value))</dd>" }
        lines += ["</dl>", "</header>"]
        return lines.joined(separator: "\n")
    }

    func section(_ s: PrintDocument.Section, levelNames: [String]) -> String {
        switch s {
        case .table(let t): return table(t, levelNames: levelNames)
        case .list(let l): return list(l, heading: "h2")
        case .paragraph(let p): return "<p>\(HTMLEscaping.escaped(p))</p>"
        case .heading(let h): return "<h2>\(HTMLEscaping.escaped(h))</h2>"
        }
    }

    func legend(_ lists: [PrintList]) -> String {
        (["<footer class=\"legend\">", "<h2>Legend</h2>"] + lists.map { list($0, heading: "h3") } + ["</footer>"])
            .joined(separator: "\n")
    }

    /// A titled list as a definition list.
    func list(_ l: PrintList, heading: String) -> String {
        var lines = ["<section class=\"list\">", "<\(heading)>\(HTMLEscaping.escaped(l.title))</\(heading)>", "<dl class=\"list\">"]
        lines += l.items.map { "<dt>\(HTMLEscaping.escaped($0.label))</dt><dd>\(HTMLEscaping.escaped($0.text))</dd>" }
        lines += ["</dl>", "</section>"]
        return lines.joined(separator: "\n")
    }

    /// The table in as many column blocks as the paper needs, each a table of
    /// its own that repeats the row-naming columns; widths are the same in
    /// every block.
    func table(_ t: PrintTable, levelNames: [String]) -> String {
        let layout = TextTableLayout(t, width: page.columns - PageSetup.columnGap, rules: HTMLTable.rules)
        let frozen = Array(0..<min(t.rowHeaderColumns, t.columns.count))
        let blocks = layout.blocks
        return blocks.enumerated().map { i, block in
            let columns = frozen + block
            var lines: [String] = []
            if blocks.count > 1 { lines += ["<section class=\"part\">", "<h2 class=\"part\">Part \(i + 1) of \(blocks.count)</h2>"] }
            lines.append(HTMLTable(table: t, columns: columns, widths: layout.widths, levelNames: levelNames).html)
            if blocks.count > 1 { lines.append("</section>") }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
