/// Where the cursor and the scroll stand in one grid view. Rows and columns
/// count cursor stops only (never headings or the name column); `top` counts
/// display lines (headings included) and `left` whole columns.
public struct GridCursor: Equatable, Sendable {
    public var row = 0
    public var column = 0
    public var top = 0
    public var left = 0

    public init(row: Int = 0, column: Int = 0, top: Int = 0, left: Int = 0) {
        self.row = row
        self.column = column
        self.top = top
        self.left = left
    }
}
