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
    /// fit whole leaves a blank instead. Controls, bidirectional overrides
    /// and other characters of no width are dropped, so nothing written here
    /// can act on the terminal (callers escape names first so that they
    /// show); a combining mark joins the character before it.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, limit: Int = .max, style: Style = .plain) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = x + min(limit, width - x)
        let row = y * width
        var col = x
        var last = -1
        for scalar in text.unicodeScalars {
            let w = Buffer.columns(of: scalar)
            if w == 0 {
                if last >= 0, cells[row + last].mark == nil, Buffer.joins(scalar) { cells[row + last].mark = scalar }
                continue
            }
            if col >= end { break }
            if col + w > end {
                if col >= 0 { cells[row + col] = Cell(scalar: " ", width: 1, style: style) }
                col += 1
                break
            }
            if col >= 0 {
                cells[row + col] = Cell(scalar: scalar, width: UInt8(w), style: style)
                if w == 2 { cells[row + col + 1] = .continuation(style) }
                last = col
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

    /// Columns one scalar takes on screen: 0 for controls and other
    /// invisible scalars, else 1 or 2.
    @inline(__always)
    static func columns(of s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        if v < 0xA0 { return 0 }
        return DisplayWidth.of(s)
    }

    /// Whether a scalar of no width draws over the one before it (combining
    /// marks, variation selectors) rather than being dropped.
    static func joins(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) { return true }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }

    /// The screen as text, one string per row, trailing spaces removed: what
    /// a person sees, for tests and for `capture-pane`-style comparisons.
    public var lines: [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width where !self[x, y].isContinuation { self[x, y].append(to: &s) }
            while s.last == " " { s.removeLast() }
            return s
        }
    }
}
