import CNcursesw
import CompetenceKit

/// The terminal through ncursesw: the only file that imports it.
///
/// Opening it sets the locale (wide characters need a UTF-8 one), saves the
/// shell's terminal modes, installs handlers that restore them on SIGINT,
/// SIGTERM, SIGHUP and crashes, then starts curses in raw mode (so Ctrl-S,
/// Ctrl-R and Ctrl-C arrive as keys) with a 25 ms Esc delay.
public final class CursesBackend: TerminalBackend {
    private let screen: UnsafeMutableRawPointer
    private var previous: Buffer?
    private var pairs: [Int: Int16] = [:]
    private var cursorShown = false
    public let hasColor: Bool

    public init() {
        setlocale(LC_ALL, "")
        cm_save_terminal_modes()
        cm_install_signal_handlers()
        let w = initscr()!
        screen = UnsafeMutableRawPointer(w)
        cm_capture_restore_sequence()
        raw()
        noecho()
        nonl()
        keypad(w, true)
        set_escdelay(25)
        curs_set(0)
        if has_colors() {
            start_color()
            use_default_colors()
            hasColor = true
        } else {
            hasColor = false
        }
    }

    private var win: UnsafeMutablePointer<WINDOW> { screen.assumingMemoryBound(to: WINDOW.self) }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(win)), Int(getmaxy(win)))
    }

    public func draw(_ frame: Frame) {
        let buffer = frame.buffer
        if previous == nil || previous!.width != buffer.width || previous!.height != buffer.height {
            clearok(win, true)
            previous = nil
        }
        for run in buffer.changes(since: previous) {
            wattr_set(win, attributes(run.style), pair(run.style), nil)
            var wide = run.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
            let count = Int32(wide.count)
            wide.append(0)
            _ = mvwaddnwstr(win, Int32(run.y), Int32(run.x), wide, count)
        }
        wattr_set(win, cm_a_normal(), 0, nil)
        if let c = frame.cursor {
            if !cursorShown { curs_set(1); cursorShown = true }
            wmove(win, Int32(c.y), Int32(c.x))
        } else if cursorShown {
            curs_set(0)
            cursorShown = false
        }
        wrefresh(win)
        previous = buffer
    }

    public func readKey(timeoutMilliseconds: Int?) -> Key? {
        wtimeout(win, Int32(timeoutMilliseconds ?? -1))
        var ch: wint_t = 0
        let result = wget_wch(win, &ch)
        if result == KEY_CODE_YES { return key(code: Int32(ch)) }
        if result == OK { return key(character: UInt32(ch)) }
        return nil
    }

    public func suspend() {
        endwin()
        cm_suspend()
        // Back from `fg`: curses puts its modes back on the next refresh;
        // repaint everything, as the shell drew over the screen meanwhile.
        clearok(win, true)
        previous = nil
    }

    public func close() {
        endwin()
        cm_remove_signal_handlers()
    }

    private func key(code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_BTAB: return .backTab
        case KEY_DC: return .delete
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_RESIZE:
            previous = nil
            return .resize(width: size.width, height: size.height)
        default: return .unknown(Int(code))
        }
    }

    private func key(character c: UInt32) -> Key {
        switch c {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(c + 96)!))
        default:
            guard let scalar = Unicode.Scalar(c), c >= 32 else { return .unknown(Int(c)) }
            return .char(Character(scalar))
        }
    }

    private func attributes(_ s: Style) -> attr_t {
        var a = cm_a_normal()
        if s.bold { a |= cm_a_bold() }
        if s.reverse { a |= cm_a_reverse() }
        if s.underline { a |= cm_a_underline() }
        if s.dim { a |= cm_a_dim() }
        return a
    }

    /// Colour pairs are made as styles first need them.
    private func pair(_ s: Style) -> Int16 {
        guard hasColor, s.foreground != .default || s.background != .default else { return 0 }
        let key = Int(s.foreground.rawValue) * 16 + Int(s.background.rawValue)
        if let p = pairs[key] { return p }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < cm_color_pairs() else { return 0 }
        init_pair(next, curses(s.foreground), curses(s.background))
        pairs[key] = next
        return next
    }

    private func curses(_ c: Color) -> Int16 {
        c == .default ? -1 : Int16(c.rawValue) - 1
    }
}
