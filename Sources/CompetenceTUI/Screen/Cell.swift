/// One column of the screen: a character, the columns it takes, and its style.
///
/// A wide character (Japanese, most emoji) sits in its first cell with width
/// 2; the cell to its right is a continuation with width 0 that draws nothing.
/// A cell holds a base scalar and at most one combining mark, so that it is
/// a plain value: a frame of 10,000 cells is copied and compared without
/// reference counting.
public struct Cell: Equatable, Sendable {
    public var base: Unicode.Scalar
    /// A combining mark or variation selector drawn over `base`.
    public var mark: Unicode.Scalar?
    public var width: UInt8
    public var style: Style

    public init(_ character: Character = " ", width: UInt8 = 1, style: Style = .plain) {
        let scalars = character.unicodeScalars
        base = scalars.first!
        mark = scalars.dropFirst().first
        self.width = width
        self.style = style
    }

    init(scalar: Unicode.Scalar, width: UInt8, style: Style) {
        base = scalar
        mark = nil
        self.width = width
        self.style = style
    }

    public static let blank = Cell()

    /// The right half of a wide character.
    public static func continuation(_ style: Style) -> Cell { Cell(scalar: " ", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }

    /// What the cell shows, as one character.
    public var character: Character {
        var s = String(base)
        if let mark { s.unicodeScalars.append(mark) }
        return s.count == 1 ? Character(s) : Character(base)
    }

    /// Appends what the cell shows to `text`.
    func append(to text: inout String) {
        text.unicodeScalars.append(base)
        if let mark { text.unicodeScalars.append(mark) }
    }
}
