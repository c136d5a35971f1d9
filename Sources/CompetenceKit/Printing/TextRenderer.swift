/// Prints a `PrintDocument` as plain text that fits a page or terminal
/// `width` columns wide: the header, each table (split into blocks when too
/// wide), lists and notes, then the legend. All widths are display widths,
/// so Japanese text lines up. No colour and no escape sequences, ever: the
/// output is the same on a terminal, in a file or through a pipe (NO_COLOR
/// is honoured by having nothing to turn off).
public struct TextRenderer: Sendable {
    /// The narrowest page the layout works with.
    public static let minimumWidth = 20

    public let width: Int
    public let rules: TextRules

    public init(width: Int = 80, ascii: Bool = false) {
        self.width = max(TextRenderer.minimumWidth, width)
        self.rules = ascii ? .ascii : .box
    }

    public func render(_ d: PrintDocument) -> String {
        var blocks: [[String]] = [header(d.header)]
        for section in d.sections {
            switch section {
            case .table(let t): blocks.append(TextTableLayout(t, width: width, rules: rules).lines())
            case .list(let l): blocks.append(list(l))
            case .paragraph(let p): blocks.append(TextWrapping.wrap(p, width: width))
            case .heading(let h): blocks.append(TextWrapping.wrap(h, width: width))
            }
        }
        for l in d.legend { blocks.append(list(l)) }
        return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    /// Title, view, then `Label: value` fields with values aligned.
    func header(_ h: PrintHeader) -> [String] {
        var out = TextWrapping.wrap(h.title, width: width) + TextWrapping.wrap(h.subtitle, width: width)
        let labelWidth = (h.fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 1
        for f in h.fields {
            out += hanging(DisplayWidth.pad(f.label + ":", to: labelWidth) + " ", f.value)
        }
        return out
    }

    /// The list's title, then one entry a line, labels padded to one width.
    func list(_ l: PrintList) -> [String] {
        let labelWidth = l.items.map { DisplayWidth.of($0.label) }.max() ?? 0
        return TextWrapping.wrap(l.title, width: width) + l.items.flatMap { item in
            hanging("  " + DisplayWidth.pad(item.label, to: labelWidth) + "  ", item.text)
        }
    }

    /// `lead` then `text` wrapped, later lines indented under the text's start.
    /// When that would leave the text fewer than ten columns (a narrow
    /// `--width`), the text goes under the lead, indented by two, so that no
    /// line is wider than the page.
    func hanging(_ lead: String, _ text: String) -> [String] {
        func trimmed(_ s: String) -> String { String(s.reversed().drop { $0 == " " }.reversed()) }
        let indent = DisplayWidth.of(lead)
        if width - indent < 10 {
            return [trimmed(lead)] + TextWrapping.wrap(text, width: width - 2).map { trimmed("  " + $0) }
        }
        let lines = TextWrapping.wrap(text, width: width - indent)
        let pad = String(repeating: " ", count: indent)
        return lines.enumerated().map { i, line in trimmed((i == 0 ? lead : pad) + line) }
    }
}
