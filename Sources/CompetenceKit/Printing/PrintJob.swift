/// What to print: a view of a selection. Builds the view model, then either
/// the document for text, Markdown and HTML or the records for CSV and JSON.
public struct PrintJob: Sendable {
    public var view: PrintView
    public var selection: PrintSelection

    public init(view: PrintView, selection: PrintSelection = PrintSelection()) {
        self.view = view
        self.selection = selection
    }

    /// The view model of `view` for `m` analysed in `analysis`.
    public func model(_ m: Matrix, analysis: MatrixAnalysis) -> any PrintableView {
        switch view {
        case .roles: return RolesMatrix(m, index: analysis.index, selection: selection)
        case .people: return PeopleMatrix(m, analysis: analysis, selection: selection)
        case .gaps: return GapList(m, analysis: analysis, selection: selection)
        case .awareness: return AwarenessChart(m, analysis: analysis, selection: selection)
        }
    }

    /// The printed view with its header: `file` is the name shown, `printedOn`
    /// the print date (pinned in tests and by SOURCE_DATE_EPOCH).
    public func document(_ m: Matrix, analysis: MatrixAnalysis, file: String, printedOn: Day) -> PrintDocument {
        var d = PrintDocument(header: PrintHeader(m, view: view, file: file, asOf: analysis.asOf, printedOn: printedOn),
                              model: model(m, analysis: analysis))
        d.levelNames = Level.range.map { TextEscaping.escaped(m.levelName($0)) }
        return d
    }

    /// The view's records: design.md's columns for CSV and JSON.
    public func records(_ m: Matrix, analysis: MatrixAnalysis) -> RecordTable {
        model(m, analysis: analysis).records
    }
}
