/// A rectangle of cells on the screen, in columns and rows from the top left.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// The one row `dy` rows below the top, or an empty rect past the bottom.
    public func row(_ dy: Int) -> Rect {
        dy < height ? Rect(x: x, y: y + dy, width: width, height: 1) : Rect(x: x, y: maxY, width: width, height: 0)
    }

    /// The part of this rect left after taking `rows` rows off the top.
    public func dropping(top rows: Int) -> Rect {
        let n = min(rows, height)
        return Rect(x: x, y: y + n, width: width, height: height - n)
    }

    /// The part of this rect left after taking `rows` rows off the bottom.
    public func dropping(bottom rows: Int) -> Rect {
        Rect(x: x, y: y, width: width, height: height - min(rows, height))
    }
}
