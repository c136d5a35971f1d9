/// One drawn screen: the cells, and where the terminal's own cursor goes
/// (on the command line while typing; hidden otherwise).
public struct Frame: Equatable, Sendable {
    public var buffer: Buffer
    public var cursor: (x: Int, y: Int)?

    public init(buffer: Buffer, cursor: (x: Int, y: Int)? = nil) {
        self.buffer = buffer
        self.cursor = cursor
    }

    public static func == (a: Frame, b: Frame) -> Bool {
        a.buffer == b.buffer && a.cursor?.x == b.cursor?.x && a.cursor?.y == b.cursor?.y
    }
}
