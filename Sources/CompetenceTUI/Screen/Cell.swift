/// One column of the screen: a character, the columns it takes, and its style.
///
/// A wide character (Japanese, most emoji) sits in its first cell with width
/// 2; the cell to its right is a continuation with width 0 that draws nothing.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var width: UInt8
    public var style: Style

    public init(_ character: Character = " ", width: UInt8 = 1, style: Style = .plain) {
        self.character = character
        self.width = width
        self.style = style
    }

    public static let blank = Cell()

    /// The right half of a wide character.
    public static func continuation(_ style: Style) -> Cell { Cell(" ", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}
