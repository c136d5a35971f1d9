/// A table of a printed view, independent of the format: columns, rows in
/// groups with optional headings (Business / Security, or one per person),
/// and leading columns that name each row. Every renderer (text, Markdown,
/// HTML) draws the same table; the text renderer repeats the row-naming
/// columns in every block when it splits a wide table.
public struct PrintTable: Equatable, Sendable {
    public enum Alignment: Equatable, Sendable {
        case left, center, right
    }

    public struct Column: Equatable, Sendable {
        /// The heading, escaped.
        public var title: String
        /// The id of the role or skill the column stands for, if any.
        public var id: String?
        public var alignment: Alignment
        /// Long text may wrap onto several lines in its cell (text output)
        /// rather than widen the table: names and assessors in lists.
        public var wraps: Bool

        public init(title: String, id: String? = nil, alignment: Alignment = .left, wraps: Bool = false) {
            self.title = title
            self.id = id
            self.alignment = alignment
            self.wraps = wraps
        }
    }

    public struct Row: Equatable, Sendable {
        /// One per column; the first `rowHeaderColumns` name the row.
        public var cells: [PrintCell]

        public init(_ cells: [PrintCell]) { self.cells = cells }
    }

    public struct RowGroup: Equatable, Sendable {
        /// A heading above the group's rows (escaped), or nil for none.
        public var heading: String?
        public var rows: [Row]

        public init(heading: String? = nil, rows: [Row]) {
            self.heading = heading
            self.rows = rows
        }
    }

    public var columns: [Column]
    /// How many leading columns name the row (repeated in every block).
    public var rowHeaderColumns: Int
    public var groups: [RowGroup]

    public init(columns: [Column], rowHeaderColumns: Int = 1, groups: [RowGroup]) {
        self.columns = columns
        self.rowHeaderColumns = rowHeaderColumns
        self.groups = groups
    }

    /// Whether any group has a heading (rows are then indented under it in text).
    public var hasHeadings: Bool { groups.contains { $0.heading != nil } }
}
