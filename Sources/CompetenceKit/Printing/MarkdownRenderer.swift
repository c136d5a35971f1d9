/// Prints a `PrintDocument` as Markdown (CommonMark with GitHub tables): the
/// title as a heading, header fields as a list, each table whole (Markdown
/// viewers scroll, so no blocks), group headings as bold rows, then the
/// legend. Every text is escaped for Markdown.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ d: PrintDocument) -> String {
        var parts: [String] = [header(d.header)]
        for section in d.sections {
            switch section {
            case .table(let t): parts.append(table(t))
            case .list(let l): parts.append(list(l, level: 2))
            case .paragraph(let p): parts.append(MarkdownEscaping.escaped(p))
            case .heading(let h): parts.append("## " + MarkdownEscaping.escaped(h))
            }
        }
        if !d.legend.isEmpty {
            parts.append("## Legend")
            parts += d.legend.map { list($0, level: 3) }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    func header(_ h: PrintHeader) -> String {
        var lines = ["# \(MarkdownEscaping.escaped(h.title))", "", "## \(MarkdownEscaping.escaped(h.subtitle))", ""]
        lines += h.fields.map { "- \($0.label): \(MarkdownEscaping.escaped($0.value))" }
        return lines.joined(separator: "\n")
    }

    func table(_ t: PrintTable) -> String {
        let n = t.columns.count
        let e = MarkdownEscaping.escaped
        var lines = [row(t.columns.map { e($0.title) }), row(t.columns.map { rule($0.alignment) })]
        for group in t.groups {
            if let heading = group.heading {
                lines.append(row(["**\(e(heading))**"] + Array(repeating: "", count: n - 1)))
            }
            for r in group.rows {
                lines.append(row((0..<n).map { $0 < r.cells.count ? e(r.cells[$0].text) : "" }))
            }
        }
        return lines.joined(separator: "\n")
    }

    func rule(_ a: PrintTable.Alignment) -> String {
        switch a {
        case .left: return ":---"
        case .center: return ":---:"
        case .right: return "---:"
        }
    }

    /// One table line of cells already in Markdown.
    func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    func list(_ l: PrintList, level: Int) -> String {
        let heading = String(repeating: "#", count: level) + " " + MarkdownEscaping.escaped(l.title)
        let items = l.items.map { "- **\(MarkdownEscaping.escaped($0.label))** \(MarkdownEscaping.escaped($0.text))" }
        return ([heading, ""] + items).joined(separator: "\n")
    }
}
