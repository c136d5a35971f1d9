/// One cell of a matrix: a level (0 for none) and its marks.
public struct LevelCell: Equatable, Sendable {
    /// 1–5, or 0 for "not required" (roles) or "none" (people).
    public var level: Int
    public var marks: CellMarks

    public init(level: Int, marks: CellMarks = []) {
        self.level = level
        self.marks = marks
    }

    /// The cell as printed: `4`, `2!` (short), `3*` (due), `2!*`, `-!` (required,
    /// never assessed), `(2!)` (exempt), or empty when there is nothing to say.
    public var label: String {
        var text = level > 0 ? String(level) : (marks.isEmpty ? "" : CellMarks.noLevelSymbol)
        if marks.contains(.short) { text += CellMarks.shortSymbol }
        if marks.contains(.due) { text += CellMarks.dueSymbol }
        return marks.contains(.exempt) ? "(\(text))" : text
    }
}
