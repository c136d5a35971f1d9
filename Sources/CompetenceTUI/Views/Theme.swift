import CompetenceKit

/// The editor's styles, in colour or not. Without colour (`NO_COLOR`, or a
/// terminal that has none) cells carry marks instead: `!` short of the
/// requirement, `*` due for refresh (the marks printed matrices use); bold, underline and reverse remain.
struct Theme: Sendable {
    let color: Bool

    init(color: Bool) { self.color = color }

    private func paint(_ s: Style) -> Style { color ? s : s.withoutColor }

    var header: Style { Style(bold: true, underline: true) }
    var heading: Style { paint(Style(foreground: .cyan, bold: true)) }
    var rule: Style { paint(Style(foreground: .blue)) }
    var name: Style { .plain }
    var cursorName: Style { Style(bold: true) }
    var statusLine: Style { Style(reverse: true) }
    var activeTab: Style { Style(bold: true, reverse: true) }
    var tab: Style { .plain }
    var title: Style { Style(bold: true) }
    var hint: Style { paint(Style(dim: true)) }
    var error: Style { paint(Style(foreground: .red, bold: true)) }
    var info: Style { .plain }
    var question: Style { paint(Style(foreground: .yellow, bold: true)) }

    func cell(_ tone: Tone) -> Style {
        switch tone {
        case .plain: return .plain
        case .empty: return paint(Style(dim: true))
        case .met: return paint(Style(foreground: .green))
        case .short: return paint(Style(foreground: .red, bold: true))
        case .due: return paint(Style(foreground: .yellow, bold: true))
        case .shortAndDue: return paint(Style(foreground: .magenta, bold: true))
        case .exempt: return paint(Style(foreground: .cyan))
        }
    }

    /// Marks after the level when there is no colour to tell.
    func marks(_ tone: Tone) -> String {
        guard !color else { return "" }
        switch tone {
        case .short: return CellMarks.shortSymbol
        case .due: return CellMarks.dueSymbol
        case .shortAndDue: return CellMarks.shortSymbol + CellMarks.dueSymbol
        case .plain, .empty, .met, .exempt: return ""
        }
    }
}
