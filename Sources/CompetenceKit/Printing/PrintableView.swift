/// A view model built from a document and its analysis, which every format
/// can print: the human-readable formats through `sections` and `legend`,
/// CSV and JSON through `records`.
public protocol PrintableView {
    /// The view's tables, lists and notes.
    var sections: [PrintDocument.Section] { get }
    /// What the levels and marks of the view mean.
    var legend: [PrintList] { get }
    /// The view as named columns and typed rows (design.md's CSV columns).
    var records: RecordTable { get }
}
