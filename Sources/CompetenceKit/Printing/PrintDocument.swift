/// One printed view, ready for any human-readable format: the header that
/// makes it documented information, the view's tables and lists, and the
/// legend that explains levels and marks. Every string in it is escaped.
public struct PrintDocument: Equatable, Sendable {
    public enum Section: Equatable, Sendable {
        case table(PrintTable)
        case list(PrintList)
        case paragraph(String)
        /// A heading over the sections after it (escaped).
        case heading(String)
    }

    public var header: PrintHeader
    public var sections: [Section]
    /// Explanations printed after the view.
    public var legend: [PrintList]
    /// The names of levels 1–5 (escaped), for formats that show a level's
    /// name beside its number (HTML tooltips).
    public var levelNames: [String] = Level.englishNames

    public init(header: PrintHeader, sections: [Section], legend: [PrintList]) {
        self.header = header
        self.sections = sections
        self.legend = legend
    }

    /// A view model printed under `header`.
    public init(header: PrintHeader, model: any PrintableView) {
        self.init(header: header, sections: model.sections, legend: model.legend)
    }
}
