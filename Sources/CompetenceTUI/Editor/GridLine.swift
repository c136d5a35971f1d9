/// One display line of a grid's body: a group heading or a row of cells.
public enum GridLine: Equatable, Sendable {
    case heading(String)
    case row(Int)
}
