/// The eight basic terminal colours, plus the terminal's own default.
public enum Color: UInt8, Sendable, CaseIterable {
    case `default`, black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn: colours and attributes. Attributes other than colour
/// (bold, reverse, underline) survive `NO_COLOR`, so the cursor and headings
/// stay visible on any terminal.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(foreground: Color = .default, background: Color = .default, bold: Bool = false,
                reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = Style()

    /// This style with its colours removed, for terminals without colour.
    public var withoutColor: Style {
        var s = self
        s.foreground = .default
        s.background = .default
        return s
    }

    /// This style with reverse video toggled on, as the cursor is drawn.
    public var highlighted: Style {
        var s = self
        s.reverse = true
        return s
    }
}
