/// One cell of a printed table, typed so that each format can show it its
/// own way (a level with marks may become a styled cell in HTML).
/// Text is already escaped (`TextEscaping.escaped`).
public enum PrintCell: Equatable, Sendable {
    case empty
    case text(String)
    case number(Int)
    case level(LevelCell)
    /// Text that links to another page of an audit pack (HTML); plain text elsewhere.
    case link(String, to: String)

    /// The cell as plain text, the same in every format.
    public var text: String {
        switch self {
        case .empty: return ""
        case .text(let s): return s
        case .number(let n): return String(n)
        case .level(let cell): return cell.label
        case .link(let text, _): return text
        }
    }
}
