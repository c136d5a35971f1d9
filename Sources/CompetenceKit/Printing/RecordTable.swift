/// The machine-readable form of a view (CSV, JSON): named columns, as
/// design.md fixes them, and rows of typed values. Text is escaped.
public struct RecordTable: Equatable, Sendable {
    public enum Value: Equatable, Sendable {
        case text(String)
        case number(Int)
        /// Nothing: an empty CSV field, JSON `null`.
        case null
    }

    public var columns: [String]
    public var rows: [[Value]]

    public init(columns: [String], rows: [[Value]]) {
        self.columns = columns
        self.rows = rows
    }
}
