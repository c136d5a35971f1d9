/// How an HTML printout is laid on paper: the size, the orientation, the
/// margins and the type size, and from them how many text columns a table
/// may take before it is split into blocks as the text format splits it.
public struct PageSetup: Equatable, Sendable {
    public var paper: Paper
    /// Landscape (the default) suits matrices, which grow sideways.
    public var landscape: Bool

    /// Left and right page margin.
    public static let sideMarginMM = 10.0
    /// Body type size in points.
    public static let fontPoints = 9.0
    /// One text column (the unit of `DisplayWidth` and of the text layout)
    /// in hundredths of an em: a digit of Noto Sans CJK JP takes 0.55em, a
    /// Japanese character 1em for two columns. Widths in em, not `ch`, keep
    /// the table on the paper whatever font the browser picks; a wider
    /// font only wraps sooner inside a cell.
    static let columnHundredthsEm = 56
    /// Padding and rule of one table column, in text columns: the table is
    /// laid out as text with separators this wide.
    static let columnGap = 2

    public init(paper: Paper = .a4, landscape: Bool = true) {
        self.paper = paper
        self.landscape = landscape
    }

    /// `@page { size: … }`: "A4 landscape".
    public var cssSize: String { "\(paper.cssName) \(landscape ? "landscape" : "portrait")" }

    /// The page width in millimetres.
    public var widthMM: Double { landscape ? paper.millimetres.long : paper.millimetres.short }

    /// How many text columns fit between the side margins: 155 on A4
    /// landscape, 106 on A4 portrait.
    public var columns: Int {
        let columnMM = PageSetup.fontPoints * Double(PageSetup.columnHundredthsEm) / 100 * 25.4 / 72
        return Int((widthMM - 2 * PageSetup.sideMarginMM) / columnMM)
    }

    /// The CSS width of `columns` text columns: "6.16em".
    static func cssWidth(columns: Int) -> String {
        let hundredths = columns * columnHundredthsEm
        let fraction = String(hundredths % 100)
        return "\(hundredths / 100).\(fraction.count == 1 ? "0" + fraction : fraction)em"
    }
}
