import CompetenceKit

/// The whole screen as a grid of cells, drawn into by views and sent to the
/// terminal by a backend. Nothing ever wraps: text is clipped at the edge of
/// the area it is written into, by display width.
public struct Buffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Fills `rect` (clipped to the screen) with one cell.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            let base = y * width
            for x in x0..<x1 { cells[base + x] = cell }
        }
    }

    /// Sets the style of every cell in `rect`, keeping the characters.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 { change(&cells[y * width + x].style) }
        }
    }

    /// Writes `text` from (x, y), at most `limit` columns and never past the
    /// right edge; returns the columns used. A wide character that does not
    /// fit whole leaves a blank instead. Characters of no width (controls,
    /// bidirectional overrides) are dropped, so nothing written here can act
    /// on the terminal; callers escape names first so that they show.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, limit: Int = .max, style: Style = .plain) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = x + min(limit, width - x)
        var col = x
        for ch in text {
            if col >= end { break }
            let w = Buffer.columns(of: ch)
            if w == 0 { continue }
            if col + w > end {
                if col >= 0 { self[col, y] = Cell(" ", style: style) }
                col += 1
                break
            }
            if col >= 0 {
                self[col, y] = Cell(ch, width: UInt8(w), style: style)
                if w == 2 { self[col + 1, y] = .continuation(style) }
            }
            col += w
        }
        return col - x
    }

    /// Writes `text` cut to `width` columns (with "…" when cut) and padded with
    /// spaces to exactly `width`, aligned left or right.
    public mutating func put(_ text: String, x: Int, y: Int, width: Int, style: Style = .plain, alignRight: Bool = false) {
        guard width > 0 else { return }
        put(DisplayWidth.pad(text, to: width, alignRight: alignRight), x: x, y: y, limit: width, style: style)
    }

    /// Columns one character takes on screen: 0 for controls and other
    /// invisible characters, else 1 or 2 (a cluster wider than 2 is drawn as 2).
    static func columns(of ch: Character) -> Int {
        if let a = ch.asciiValue { return a >= 0x20 && a < 0x7F ? 1 : 0 }
        let first = ch.unicodeScalars.first!.value
        if first < 0x20 || (first >= 0x7F && first < 0xA0) { return 0 }
        var w = 0
        for s in ch.unicodeScalars { w += DisplayWidth.of(s) }
        return min(2, w)
    }

    /// The screen as text, one string per row, trailing spaces removed: what
    /// a person sees, for tests and for `capture-pane`-style comparisons.
    public var lines: [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width where !self[x, y].isContinuation { s.append(self[x, y].character) }
            while s.last == " " { s.removeLast() }
            return s
        }
    }
}
