/// The one thing that touches the terminal: its size, drawing a frame,
/// reading a key. The editor runs against any backend; tests use none.
public protocol TerminalBackend: AnyObject {
    /// Columns and rows now.
    var size: (width: Int, height: Int) { get }
    /// Whether the terminal can show colour at all (`NO_COLOR` is decided above this).
    var hasColor: Bool { get }
    /// Shows `frame`, sending only the cells that changed since the last one.
    func draw(_ frame: Frame)
    /// The next key; nil when `timeoutMilliseconds` passed first (nil waits for ever).
    func readKey(timeoutMilliseconds: Int?) -> Key?
    /// Gives the terminal back as it was.
    func close()
    /// Stops the process for the shell's job control (Ctrl-Z) with the
    /// terminal given back; returns after `fg`, the next frame drawn whole.
    func suspend()
}

extension TerminalBackend {
    /// A backend without a terminal (tests) does not stop.
    public func suspend() {}
}
