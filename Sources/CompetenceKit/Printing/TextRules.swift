/// The characters that draw a text table: box-drawing rules by default,
/// plain ASCII with `--ascii` (for old printers, mail and terminals that
/// show box drawing at the wrong width).
public struct TextRules: Equatable, Sendable {
    /// Between two columns, with the spaces around it.
    public let separator: String
    /// The line under the column titles.
    public let horizontal: String
    /// Where that line crosses a separator, with the rule around it.
    public let crossing: String
    /// What ends a cut name.
    public let ellipsis: String

    public static let box = TextRules(separator: " │ ", horizontal: "─", crossing: "─┼─", ellipsis: "…")
    public static let ascii = TextRules(separator: " | ", horizontal: "-", crossing: "-+-", ellipsis: "...")
}
