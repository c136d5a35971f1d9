#if canImport(Glibc)
import Glibc
#endif

/// The page width of text output when `--width` is not given: the terminal's
/// columns when standard output is a terminal, else 80 (a file, a pipe).
enum TerminalWidth {
    static let fallback = 80

    static func ofStandardOutput() -> Int {
        guard isatty(1) == 1 else { return fallback }
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return fallback }
        return Int(size.ws_col)
    }
}
